import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { callerFor } from '../../testing/caller.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { sessionTokenFor } from '../../testing/session.js';
import { codeOf } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

describe(`supervision notes (督办) on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('the leadership issues a note, the addressed agency answers, the leadership closes it', async () => {
    const leadership = await demo.world.as('ldxz.zhang');
    const { id } = await leadership.supervisionNotes.create({
      toAgencyId: demo.world.agencyId('yjj'),
      subject: '第二季度检查结果逾期未公示',
      body: '请于5个工作日内完成逾期检查结果的公示，并书面说明原因。',
      dueOn: '2026-07-10',
    });
    const coord = await demo.world.as('yjj.coord');
    expect(await coord.supervisionNotes.get({ id })).toMatchObject({
      status: 'open',
      toAgencyName: '漳平市应急管理局',
      createdByName: expect.any(String),
      response: null,
      next: { who: '漳平市应急管理局', action: '办理并答复督办事项（期限 2026-07-10）' },
    });

    // Another agency neither sees nor answers it; the author cannot answer for the agency.
    const scj = await demo.world.as('scj.coord');
    expect(await codeOf(scj.supervisionNotes.get({ id }))).toBe('NOT_FOUND');
    expect(await codeOf(scj.supervisionNotes.respond({ id, response: '已办' }))).toBe('NOT_FOUND');
    expect((await scj.supervisionNotes.list({})).rows.map((n) => n.id)).not.toContain(id);
    expect(await codeOf(leadership.supervisionNotes.respond({ id, response: '代为答复' }))).toBe('FORBIDDEN');
    expect(await codeOf((await demo.world.as('yjj.insp1')).supervisionNotes.get({ id }))).toBe('NOT_FOUND');
    expect(await codeOf(coord.supervisionNotes.close({ id }))).toBe('FORBIDDEN');

    const answered = await (await demo.world.as('yjj.leader')).supervisionNotes.respond({ id, response: '已于7月8日完成公示，原因系结果审核积压。' });
    expect(answered.status).toBe('responded');
    const note = await leadership.supervisionNotes.get({ id });
    expect(note).toMatchObject({ status: 'responded', response: '已于7月8日完成公示，原因系结果审核积压。', respondedByName: '陈建国（分管副局长）' });
    await coord.supervisionNotes.respond({ id, response: '补充：已建立周报制度。' });

    await leadership.supervisionNotes.close({ id, remark: '整改到位' });
    expect(await coord.supervisionNotes.get({ id })).toMatchObject({
      status: 'closed',
      closeRemark: '整改到位',
      closedByName: expect.any(String),
      closedAt: expect.any(Date),
    });
    expect(await codeOf(coord.supervisionNotes.respond({ id, response: '再补充' }))).toBe('PRECONDITION_FAILED');
    expect(await codeOf(leadership.supervisionNotes.close({ id }))).toBe('CONFLICT');

    const events = await demo.handle.db.selectFrom('auditEvent').select('action').where('subjectId', '=', id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['supervisionNote.create', 'supervisionNote.respond', 'supervisionNote.respond', 'supervisionNote.close']);
  });

  it('a note may be about one hazard of the addressed agency, and is listed with it', async () => {
    const leadership = await demo.world.as('ldxz.zhang');
    const yjjCoord = await demo.world.as('yjj.coord');
    const object = (await yjjCoord.registry.objects.list({ pageSize: 1 })).rows[0]!;
    const hazard = await yjjCoord.hazards.create({
      objectId: object.id,
      checkId: null,
      severity: 'major',
      description: '涉爆粉尘除尘系统未按规定设置泄爆装置',
      foundOn: '2026-05-06',
      rectificationDeadline: '2026-06-30',
    });
    const { id } = await leadership.supervisionNotes.create({
      toAgencyId: demo.world.agencyId('yjj'),
      subject: '挂牌督办隐患整改',
      body: '请按期整改并报告',
      hazardId: hazard.id,
    });
    expect(await yjjCoord.supervisionNotes.get({ id })).toMatchObject({
      hazardId: hazard.id,
      hazardObjectName: object.name,
      hazardDescription: '涉爆粉尘除尘系统未按规定设置泄爆装置',
    });
    expect((await leadership.supervisionNotes.list({ filter: { hazardId: hazard.id } })).rows.map((n) => n.id)).toEqual([id]);
    // Only a hazard of the addressed agency: not another agency's, not an unknown id.
    const refused = leadership.supervisionNotes.create({ toAgencyId: demo.world.agencyId('scj'), subject: '督办', body: '内容', hazardId: hazard.id });
    expect(await codeOf(refused)).toBe('NOT_FOUND');
    expect(
      await codeOf(
        leadership.supervisionNotes.create({
          toAgencyId: demo.world.agencyId('yjj'),
          subject: '督办',
          body: '内容',
          hazardId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('only the leadership issues notes, and only to agencies of its own region', async () => {
    const leadership = await demo.world.as('ldxz.zhang');
    const note = { subject: '督办', body: '内容' };
    expect(await codeOf((await demo.world.as('yjj.leader')).supervisionNotes.create({ ...note, toAgencyId: demo.world.agencyId('yjj') }))).toBe('FORBIDDEN');
    expect(await codeOf((await demo.world.as('admin')).supervisionNotes.create({ ...note, toAgencyId: demo.world.agencyId('yjj') }))).toBe('FORBIDDEN');
    expect(await codeOf(leadership.supervisionNotes.create({ ...note, toAgencyId: demo.world.otherRegionAgencyId }))).toBe('NOT_FOUND');
    expect(await codeOf((await callerFor(demo.handle.db)).supervisionNotes.list({}))).toBe('UNAUTHORIZED');
    expect(await codeOf(leadership.supervisionNotes.create({ ...note, subject: '', toAgencyId: demo.world.agencyId('yjj') }))).toBe('BAD_REQUEST');
  });

  it('lists by status, agency and overdue (Beijing today)', async () => {
    const leadership = await demo.world.as('ldxz.zhang');
    const scjId = demo.world.agencyId('scj');
    const late = await leadership.supervisionNotes.create({ toAgencyId: scjId, subject: '重大隐患整改逾期', body: '请说明', dueOn: '2026-03-31' });
    const later = await leadership.supervisionNotes.create({ toAgencyId: scjId, subject: '年度计划调整', body: '请报送', dueOn: '2026-04-01' });
    const april1 = new Date('2026-03-31T16:30:00Z'); // Beijing: 1 April
    const onApril1 = await callerFor(demo.handle.db, { token: await sessionTokenFor(demo.handle.db, 'ldxz.zhang', april1), now: april1 });
    const overdue = await onApril1.supervisionNotes.list({ filter: { overdue: true, toAgencyId: scjId } });
    expect(overdue.rows.map((n) => n.id)).toEqual([late.id]);
    const open = await leadership.supervisionNotes.list({ filter: { status: 'open', toAgencyId: scjId } });
    expect(open.rows.map((n) => n.id).sort()).toEqual([late.id, later.id].sort());
    const scj = await demo.world.as('scj.admin');
    expect((await scj.supervisionNotes.list({})).rows.every((n) => n.toAgencyId === scjId)).toBe(true);
    expect((await scj.supervisionNotes.list({})).total).toBe(2);
  });
});
