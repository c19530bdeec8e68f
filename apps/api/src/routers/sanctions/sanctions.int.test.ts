import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);

let seq = 0;
const decision = () => ({
  decisionNo: `漳应急罚〔2026〕${++seq}号`,
  basis: '《中华人民共和国安全生产法》第一百零一条',
  penalty: '罚款',
  fineFen: 3_000_000,
  decidedOn: '2026-05-04',
});

describe(`sanctions on ${testDbKind()}`, () => {
  it('draft → edit → leader approves (credit record) → coordinator publishes (公示) → immutable', async () => {
    const { checkId, objectId } = await demo.world.jointCheck();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const draft = await coord.sanctions.create({ objectId, checkId, ...decision() });
    expect(draft).toMatchObject({ status: 'draft', objectId, checkId, fineFen: 3_000_000, agencyName: '应急局' });
    const edited = await coord.sanctions.update({ id: draft.id, patch: { penalty: '警告并处罚款', fineFen: 2_500_000 } });
    expect(edited).toMatchObject({ penalty: '警告并处罚款', fineFen: 2_500_000, status: 'draft' });

    // Publishing before approval, or approval by the coordinator, is refused.
    expect(await refusal(coord.sanctions.publish({ id: draft.id }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '行政处罚决定当前状态为“草稿（待审批）”，不能公示：仅“已审批（待公示）”状态可以公示',
    });
    expect((await refusal(coord.sanctions.approve({ id: draft.id }))).code).toBe('FORBIDDEN');
    expect(await demo.handle.db.selectFrom('creditRecord').select('id').where('objectId', '=', objectId).execute()).toEqual([]);

    const approved = await (await demo.world.as('yjj.leader', at('2026-05-05'))).sanctions.approve({ id: draft.id });
    expect(approved).toMatchObject({ status: 'approved' });
    expect(approved.approvedAt).toEqual(at('2026-05-05'));
    const credit = await demo.handle.db.selectFrom('creditRecord').selectAll().where('objectId', '=', objectId).execute();
    expect(credit).toHaveLength(1);
    expect(credit[0]).toMatchObject({ kind: 'sanction', sourceId: draft.id, agencyId: demo.world.agencyId('yjj') });
    expect(credit[0]?.reason).toBe(`行政处罚（${draft.decisionNo}）：警告并处罚款，罚款25000.00元；依据：《中华人民共和国安全生产法》第一百零一条`);

    expect(await refusal(coord.sanctions.update({ id: draft.id, patch: { penalty: '改' } }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '行政处罚决定当前状态为“已审批（待公示）”，已审批的决定不能再修改',
    });

    const published = await (await demo.world.as('yjj.coord', at('2026-05-06'))).sanctions.publish({ id: draft.id });
    expect(published).toMatchObject({ status: 'published' });
    expect(published.publishedAt).toEqual(at('2026-05-06'));
    const publication = await demo.handle.db.selectFrom('publication').selectAll().where('id', '=', published.publicationId).executeTakeFirstOrThrow();
    expect(publication).toMatchObject({ kind: 'sanction', subjectId: draft.id, agencyId: demo.world.agencyId('yjj') });

    // Published: immutable, through the API and in the database itself.
    expect((await refusal(coord.sanctions.update({ id: draft.id, patch: { penalty: '改' } }))).message).toContain('已公示的行政处罚决定不可更改');
    expect((await refusal(coord.sanctions.publish({ id: draft.id }))).message).toContain('当前状态为“已公示”，不能公示');
    expect((await refusal((await demo.world.as('yjj.leader')).sanctions.approve({ id: draft.id }))).message).toContain('当前状态为“已公示”，不能审批');
    await expect(demo.handle.db.updateTable('sanction').set({ penalty: '篡改' }).where('id', '=', draft.id).execute()).rejects.toThrow(/published/);
    await expect(demo.handle.db.deleteFrom('sanction').where('id', '=', draft.id).execute()).rejects.toThrow(/published/);

    // Only one credit record: publishing adds none.
    expect(await demo.handle.db.selectFrom('creditRecord').select('id').where('objectId', '=', objectId).execute()).toHaveLength(1);
    const audit = await demo.handle.db.selectFrom('auditEvent').select('action').where('subjectId', '=', draft.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['sanction.create', 'sanction.update', 'sanction.approve', 'sanction.publish']);
  });

  it('refuses a duplicate decision number and a decision dated in the future', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const first = await coord.sanctions.create({ ...(await demo.world.yjjObject()), checkId: null, ...decision() });
    const duplicate = await refusal(coord.sanctions.create({ ...(await demo.world.yjjObject()), ...decision(), decisionNo: first.decisionNo }));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', message: `处罚决定书文号“${first.decisionNo}”已存在` });
    const future = await refusal(coord.sanctions.create({ ...(await demo.world.yjjObject()), ...decision(), decidedOn: '2026-05-05' }));
    expect(future).toMatchObject({ code: 'BAD_REQUEST', message: '决定日期（2026-05-05）不能晚于今天（2026-05-04）' });
    const second = await coord.sanctions.create({ ...(await demo.world.yjjObject()), ...decision(), fineFen: null, penalty: '警告' });
    expect((await refusal(coord.sanctions.update({ id: second.id, patch: { decisionNo: first.decisionNo } }))).code).toBe('CONFLICT');
  });

  it('keeps drafts inside the agency; a published decision is readable by everyone of the region but changeable by no one else', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const sanction = await coord.sanctions.create({ ...(await demo.world.yjjObject()), ...decision() });
    const scj = await demo.world.as('scj.coord', at('2026-05-04'));
    expect((await refusal(scj.sanctions.get({ id: sanction.id }))).code).toBe('NOT_FOUND');
    expect((await coord.sanctions.get({ id: sanction.id })).next).toEqual({ who: '部门分管领导', action: '审批处罚决定' });
    expect((await refusal(scj.sanctions.update({ id: sanction.id, patch: { penalty: 'x' } }))).code).toBe('NOT_FOUND');
    expect((await refusal((await demo.world.as('scj.leader')).sanctions.approve({ id: sanction.id }))).code).toBe('NOT_FOUND');
    expect((await refusal((await demo.world.as('xl.coord')).sanctions.get({ id: sanction.id }))).code).toBe('NOT_FOUND');
    // An inspector does not write sanctions.
    expect((await refusal((await demo.world.as('yjj.insp1')).sanctions.create({ ...(await demo.world.yjjObject()), ...decision() }))).code).toBe('FORBIDDEN');

    await (await demo.world.as('yjj.leader', at('2026-05-04'))).sanctions.approve({ id: sanction.id });
    await coord.sanctions.publish({ id: sanction.id });
    expect((await scj.sanctions.get({ id: sanction.id })).status).toBe('published');
    expect((await scj.sanctions.list({ filter: { statuses: ['published'] }, pageSize: 200 })).rows.map((r) => r.id)).toContain(sanction.id);
    expect((await refusal(scj.sanctions.update({ id: sanction.id, patch: { penalty: 'x' } }))).code).toBe('FORBIDDEN');
  });
});
