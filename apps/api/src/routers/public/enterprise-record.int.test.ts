import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { callerFor } from '../../testing/caller.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);
const region = { regionCode: '350881' };
const publicAt = (date: string) => callerFor(demo.handle.db, { now: at(date) });

const ID_NUMBER = '35088119800101123X';

describe(`an enterprise's public record on ${testDbKind()}`, () => {
  it('shows a published sanction in the 双公示 shape, masks an ID number, hides the unpublished, and drops it after its 公示截止期', async () => {
    const { checkId, objectId } = await demo.world.jointCheck();
    const { uscc, name } = await demo.handle.db.selectFrom('object').select(['uscc', 'name']).where('id', '=', objectId).executeTakeFirstOrThrow();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const sanction = await coord.sanctions.create({
      objectId,
      checkId,
      decisionNo: '漳应急罚〔2026〕901号',
      violationType: '未按规定设置泄漏报警装置',
      facts: `经查，液氨储罐区未设置泄漏报警装置；现场负责人张某（身份证号${ID_NUMBER}，电话13812345678）在场。`,
      basis: '《中华人民共和国安全生产法》第九十九条',
      penaltyCategories: ['fine', 'suspend_business'],
      penalty: '罚款人民币伍万元，责令停产停业整顿',
      fineFen: 5_000_000,
      decidedOn: '2026-05-04',
      validUntil: null,
      severity: 'serious',
      partyKind: 'legal_person',
    });
    // 严重失信行为: public for three years from the decision.
    expect(sanction).toMatchObject({ severity: 'serious', publicityEndsOn: '2029-05-04', penaltyCategories: ['fine', 'suspend_business'] });
    await (await demo.world.as('yjj.leader', at('2026-05-05'))).sanctions.approve({ id: sanction.id });
    const { publicationId } = await (await demo.world.as('yjj.coord', at('2026-05-06'))).sanctions.publish({ id: sanction.id });
    // Another decision about the same enterprise, approved but never published, and a draft.
    const unpublished = await coord.sanctions.create({
      objectId,
      checkId: null,
      decisionNo: '漳应急罚〔2026〕902号',
      basis: '依据',
      penalty: '警告',
      decidedOn: '2026-05-04',
    });
    await (await demo.world.as('yjj.leader', at('2026-05-05'))).sanctions.approve({ id: unpublished.id });
    await coord.sanctions.create({ objectId, checkId: null, decisionNo: '漳应急罚〔2026〕903号', basis: '依据', penalty: '警告', decidedOn: '2026-05-04' });

    const record = await (await publicAt('2026-06-01')).public.enterpriseRecord({ ...region, uscc });
    expect(record.enterprise).toEqual({ name, uscc, dishonest: false, dishonestUntil: null });
    // The check itself is unpublished (no result 公示): absent, like the two other decisions.
    expect(record.results).toEqual([]);
    expect(record.sanctions.map((s) => s.publicationId)).toEqual([publicationId]);
    const payload = record.sanctions[0]!.payload as Record<string, unknown>;
    const yjj = await demo.handle.db.selectFrom('agency').select(['name', 'uscc']).where('code', '=', 'yjj').executeTakeFirstOrThrow();
    expect(yjj.uscc).toMatch(/^11350881/);
    expect(payload).toMatchObject({
      kind: 'sanction',
      object: { name, uscc },
      partyKind: 'legal_person',
      decisionNo: '漳应急罚〔2026〕901号',
      violationType: '未按规定设置泄漏报警装置',
      basis: '《中华人民共和国安全生产法》第九十九条',
      penaltyCategories: ['fine', 'suspend_business'],
      penalty: '罚款人民币伍万元，责令停产停业整顿',
      fineWanYuan: '5',
      decidedOn: '2026-05-04',
      validUntil: null,
      severity: 'serious',
      publicityEndsOn: '2029-05-04',
      shortestPublicityEndsOn: '2027-05-04',
      agency: { name: yjj.name, uscc: yjj.uscc },
      dataSource: { name: yjj.name, uscc: yjj.uscc },
    });
    expect(payload.facts).toBe('经查，液氨储罐区未设置泄漏报警装置；现场负责人张某（身份证号350***********123X，电话138****5678）在场。');
    // The stored public row never held the number.
    const stored = await demo.handle.db.selectFrom('publication').select(['payload', 'publicUntil']).where('id', '=', publicationId).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.payload)).not.toContain(ID_NUMBER);
    expect(JSON.stringify(stored.payload)).not.toContain('13812345678');
    expect(stored.publicUntil).toBe('2029-05-04');

    // In the public list's sanctions filter and its detail through the last day of publicity …
    const lastDay = await publicAt('2029-05-04');
    const listed = await lastDay.publications.list({ ...region, filter: { kind: 'sanction' } });
    expect(listed.rows.map((r) => r.id)).toContain(publicationId);
    expect((await lastDay.public.enterpriseRecord({ ...region, uscc })).sanctions).toHaveLength(1);
    // … and gone the day after: list, search, detail and record; the row and its audit event stay.
    const after = await publicAt('2029-05-05');
    expect((await after.publications.list({ ...region, filter: { kind: 'sanction' } })).rows.map((r) => r.id)).not.toContain(publicationId);
    expect((await after.publications.list({ ...region, filter: { search: '漳应急罚〔2026〕901号' } })).rows).toEqual([]);
    expect((await refusal(after.publications.get({ ...region, id: publicationId }))).code).toBe('NOT_FOUND');
    expect((await after.public.enterpriseRecord({ ...region, uscc })).sanctions).toEqual([]);
    expect(await demo.handle.db.selectFrom('publication').select('id').where('id', '=', publicationId).execute()).toHaveLength(1);
    const audit = await demo.handle.db.selectFrom('auditEvent').select('action').where('subjectId', '=', publicationId).execute();
    expect(audit.map((a) => a.action)).toEqual(['publication.publish.sanction']);
  });

  it('drops a decision on 一般失信行为 the day after one year from the decision, while a 严重失信行为 one stays three years', async () => {
    const { checkId, objectId } = await demo.world.jointCheck();
    const { uscc } = await demo.handle.db.selectFrom('object').select('uscc').where('id', '=', objectId).executeTakeFirstOrThrow();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const decide = (decisionNo: string, severity?: 'general' | 'serious') =>
      coord.sanctions.create({ objectId, checkId, decisionNo, basis: '依据', penalty: '警告', decidedOn: '2026-05-04', ...(severity ? { severity } : {}) });
    // None stated: 一般失信行为.
    const general = await decide('漳应急罚〔2026〕911号');
    const serious = await decide('漳应急罚〔2026〕912号', 'serious');
    expect(general).toMatchObject({ severity: 'general', publicityEndsOn: '2027-05-04' });
    expect(serious).toMatchObject({ severity: 'serious', publicityEndsOn: '2029-05-04' });
    expect(await refusal(decide('漳应急罚〔2026〕913号', 'grave' as 'serious'))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('失信行为程度应为'),
    });
    // A draft's 公示截止期 follows a changed 失信行为程度.
    expect(await coord.sanctions.update({ id: general.id, patch: { severity: 'serious' } })).toMatchObject({ publicityEndsOn: '2029-05-04' });
    expect(await coord.sanctions.update({ id: general.id, patch: { severity: 'general' } })).toMatchObject({ publicityEndsOn: '2027-05-04' });
    const published = new Map<string, string>();
    for (const { id, decisionNo } of [general, serious]) {
      await (await demo.world.as('yjj.leader', at('2026-05-05'))).sanctions.approve({ id });
      published.set(decisionNo, (await (await demo.world.as('yjj.coord', at('2026-05-06'))).sanctions.publish({ id })).publicationId);
    }
    const shown = async (date: string) =>
      (await (await publicAt(date)).public.enterpriseRecord({ ...region, uscc })).sanctions.map((s) => (s.payload as { decisionNo: string }).decisionNo).sort();
    expect(await shown('2027-05-04')).toEqual(['漳应急罚〔2026〕911号', '漳应急罚〔2026〕912号']);
    expect(await shown('2027-05-05')).toEqual(['漳应急罚〔2026〕912号']);
    expect(await shown('2029-05-04')).toEqual(['漳应急罚〔2026〕912号']);
    expect(await shown('2029-05-05')).toEqual([]);
    const generalId = published.get('漳应急罚〔2026〕911号')!;
    expect((await refusal((await publicAt('2027-05-05')).publications.get({ ...region, id: generalId }))).code).toBe('NOT_FOUND');
    expect((await (await publicAt('2027-05-04')).publications.get({ ...region, id: generalId })).payload).toMatchObject({
      severity: 'general',
      publicityEndsOn: '2027-05-04',
      shortestPublicityEndsOn: '2026-08-04',
    });
  });

  it('finds enterprises by a name fragment or a USCC prefix, a keyset page at a time, and refuses a one-character search', async () => {
    const { objectId } = await demo.world.yjjObject();
    const { uscc, name } = await demo.handle.db.selectFrom('object').select(['uscc', 'name']).where('id', '=', objectId).executeTakeFirstOrThrow();
    const api = await publicAt('2026-06-01');
    const byName = await api.public.enterpriseSearch({ ...region, q: name.slice(1, -1) });
    expect(byName.rows).toContainEqual({ name, uscc });
    const byPrefix = await api.public.enterpriseSearch({ ...region, q: uscc.slice(0, 12).toLowerCase() });
    expect(byPrefix.rows).toContainEqual({ name, uscc });

    const first = await api.public.enterpriseSearch({ ...region, q: '91', limit: 3 });
    expect(first.rows).toHaveLength(3);
    expect(first.next).toBe(first.rows[2]!.uscc);
    const second = await api.public.enterpriseSearch({ ...region, q: '91', limit: 3, after: first.next! });
    expect(second.rows[0]!.uscc > first.rows[2]!.uscc).toBe(true);
    expect([...first.rows, ...second.rows].map((r) => r.uscc)).toEqual([...first.rows, ...second.rows].map((r) => r.uscc).sort());

    expect(await refusal(api.public.enterpriseSearch({ ...region, q: '漳' }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('请输入至少2个字的企业名称或统一社会信用代码开头'),
    });
    expect((await refusal(api.public.enterpriseRecord({ ...region, uscc: '91350881MA00000000' }))).code).toBe('NOT_FOUND');
  });

  it('shows a 失信 listing with its end date while it lasts', async () => {
    const { objectId } = await demo.world.yjjObject();
    const { uscc } = await demo.handle.db.selectFrom('object').select('uscc').where('id', '=', objectId).executeTakeFirstOrThrow();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    expect(await refusal(coord.credit.markDishonest({ objectId, reason: '拒不执行处罚决定', until: '2026-05-04' }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: '失信结束日期（2026-05-04）应晚于今天（2026-05-04）',
    });
    await coord.credit.markDishonest({ objectId, reason: '拒不执行处罚决定', until: '2027-05-03' });
    expect((await (await publicAt('2027-05-03')).public.enterpriseRecord({ ...region, uscc })).enterprise).toMatchObject({
      dishonest: true,
      dishonestUntil: '2027-05-03',
    });
    expect((await (await publicAt('2027-05-04')).public.enterpriseRecord({ ...region, uscc })).enterprise).toMatchObject({
      dishonest: false,
      dishonestUntil: null,
    });
  });
});
