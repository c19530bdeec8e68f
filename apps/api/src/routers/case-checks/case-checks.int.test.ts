import { describe, expect, it } from 'vitest';
import { makeInspector, seedUser, testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { callerFor } from '../../testing/caller.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);

/** Two certified officers of 应急局 whose certificates last to 2029, and an expert. */
async function officers() {
  const owner = { regionCode: '350881', agencyId: demo.world.agencyId('yjj') };
  return {
    a: await makeInspector(demo.handle.db, { ...owner, name: '个案甲' }),
    b: await makeInspector(demo.handle.db, { ...owner, name: '个案乙' }),
    expert: await demo.handle.db
      .updateTable('inspector')
      .set({ isExpert: true })
      .where('id', '=', await makeInspector(demo.handle.db, { ...owner, name: '个案专家' }))
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((r) => r.id),
  };
}

const request = (objectId: string, officerIds: string[], window = { windowFrom: '2026-06-02', windowTo: '2026-06-05' }) => ({
  objectId,
  trigger: 'complaint' as const,
  reason: '群众投诉该企业违规储存危险化学品',
  legalBasis: '《中华人民共和国安全生产法》第六十五条',
  ...window,
  officerIds,
});

describe(`个案检查 on ${testDbKind()}`, () => {
  it('request → the head approves → the office records it done; each step audited, whose turn it is said', async () => {
    const { objectId, objectName } = await demo.world.yjjObject();
    const { a, b } = await officers();
    const coord = await demo.world.as('yjj.coord', at('2026-06-01'));
    const filed = await coord.caseChecks.request(request(objectId, [a, b]));
    expect(filed).toMatchObject({
      status: 'submitted',
      objectName,
      agencyName: '应急局',
      trigger: 'complaint',
      emergency: false,
      requestedByName: expect.any(String),
    });

    const seenByCoord = await coord.caseChecks.get({ id: filed.id });
    expect(seenByCoord.can).toEqual({ approve: false, reject: false, complete: false, withdraw: true });
    expect(seenByCoord.officers.map((o) => o.name)).toEqual(['个案乙', '个案甲'].sort());
    expect(seenByCoord.next).toEqual({ who: '部门分管领导', action: '审批检查（批准或不予批准）' });
    expect((await refusal(coord.caseChecks.approve({ id: filed.id }))).code).toBe('FORBIDDEN');

    const leader = await demo.world.as('yjj.leader', at('2026-06-01'));
    expect((await leader.caseChecks.get({ id: filed.id })).can).toEqual({ approve: true, reject: true, complete: false, withdraw: false });
    const approved = await leader.caseChecks.approve({ id: filed.id, note: '同意' });
    expect(approved).toMatchObject({ status: 'approved', decisionNote: '同意', decidedByName: expect.any(String) });
    expect(approved.decidedAt).toEqual(at('2026-06-01'));
    expect(await refusal(leader.caseChecks.approve({ id: filed.id }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '该个案检查当前状态为“已批准（待实施）”，不能批准：仅“待审批”状态可以',
    });

    // The 检查码: the enterprise reads the check without logging in, by the code typed loosely.
    expect(approved.inspectionCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const anyone = await callerFor(demo.handle.db);
    const scanned = await anyone.public.inspectionCode({ regionCode: '350881', code: ` ${approved.inspectionCode!.toLowerCase().replace(/-/g, ' ')} ` });
    expect(scanned).toMatchObject({
      code: approved.inspectionCode,
      kind: 'case',
      status: 'approved',
      objectName,
      agencyName: '漳平市应急管理局',
      trigger: 'complaint',
      legalBasis: '《中华人民共和国安全生产法》第六十五条',
      windowFrom: '2026-06-02',
      windowTo: '2026-06-05',
      approvedByName: approved.decidedByName,
    });
    expect(scanned.officers).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: '个案甲', certificateExpiry: '2029-12-31' }), expect.objectContaining({ name: '个案乙' })]),
    );
    // What the complaint said and what was found stay with the agency.
    expect(Object.keys(scanned)).not.toContain('reason');
    expect(Object.keys(scanned)).not.toContain('findings');
    const forged = await refusal(anyone.public.inspectionCode({ regionCode: '350881', code: 'ZZZZ-ZZZZ-ZZZZ' }));
    expect(forged).toMatchObject({ code: 'NOT_FOUND' });
    expect(forged.message).toContain('检查码可能输错，或是伪造的');
    expect((await refusal(anyone.public.inspectionCode({ regionCode: '350802', code: approved.inspectionCode! }))).code).toBe('NOT_FOUND');
    expect((await refusal(anyone.public.inspectionCode({ regionCode: '350881', code: '<script>' }))).code).toBe('NOT_FOUND');

    const later = await demo.world.as('yjj.coord', at('2026-06-04'));
    const outside = await refusal(later.caseChecks.complete({ id: filed.id, endedOn: '2026-06-01', findings: '未发现问题' }));
    expect(outside.message).toBe('完成日期须在批准的检查期间 2026-06-02 至 2026-06-05 之内');
    expect((outside.cause as { issues?: unknown }).issues).toEqual([{ field: 'endedOn', message: outside.message }]);
    const done = await later.caseChecks.complete({ id: filed.id, endedOn: '2026-06-03', findings: '未发现问题' });
    expect(done).toMatchObject({ status: 'done', endedOn: '2026-06-03', findings: '未发现问题' });
    expect((await later.caseChecks.get({ id: filed.id })).next).toBeNull();

    const events = await demo.handle.db
      .selectFrom('auditEvent')
      .select('action')
      .where('subjectKind', '=', 'case_check')
      .where('subjectId', '=', filed.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['case_check.request', 'case_check.approve', 'case_check.complete']);
  });

  it('refuses, naming the field, a request without prior approval, with too few or uncertified officers, or from outside the office', async () => {
    const { objectId } = await demo.world.yjjObject();
    const { a, b, expert } = await officers();
    const coord = await demo.world.as('yjj.coord', at('2026-06-01'));

    const late = await refusal(coord.caseChecks.request(request(objectId, [a, b], { windowFrom: '2026-05-30', windowTo: '2026-06-03' })));
    expect((late.cause as { issues?: { field: string }[] }).issues?.map((i) => i.field)).toEqual(['windowFrom']);

    const one = await refusal(coord.caseChecks.request(request(objectId, [a])));
    expect(one.code).toBe('BAD_REQUEST');
    expect(one.message).toContain('每次检查至少需要2名执法人员');

    const withExpert = await refusal(coord.caseChecks.request(request(objectId, [a, expert])));
    expect(withExpert.message).toBe(
      '执法人员不符合要求：个案专家是专家，不能作为执法人员实施检查；每次检查至少需要2名持有效执法证的执法人员，当前符合条件的为1名',
    );
    expect((withExpert.cause as { issues?: { field: string }[] }).issues?.map((i) => i.field)).toEqual(['officerIds.1', 'officerIds']);

    const expiring = await refusal(coord.caseChecks.request(request(objectId, [a, b], { windowFrom: '2029-12-30', windowTo: '2030-01-02' })));
    expect(expiring.message).toContain('个案甲的执法证 2029-12-31 到期，早于检查结束日期 2030-01-02');

    const sthjOfficer = await makeInspector(demo.handle.db, { regionCode: '350881', agencyId: demo.world.agencyId('sthj'), name: '他部门人员' });
    expect((await refusal(coord.caseChecks.request(request(objectId, [a, sthjOfficer])))).message).toContain('他部门人员不是本部门的执法人员');

    expect((await refusal((await demo.world.as('yjj.leader', at('2026-06-01'))).caseChecks.request(request(objectId, [a, b])))).code).toBe('FORBIDDEN');
    expect(await demo.handle.db.selectFrom('caseCheck').select('id').where('objectId', '=', objectId).execute()).toEqual([]);
  });

  it('records an emergency check afterwards for 补办审批; the head may not approve a request of their own; rejection needs a reason', async () => {
    const { objectId } = await demo.world.yjjObject();
    const { a, b } = await officers();
    const coord = await demo.world.as('yjj.coord', at('2026-06-10'));
    const emergency = await coord.caseChecks.request({ ...request(objectId, [a, b], { windowFrom: '2026-06-08', windowTo: '2026-06-09' }), emergency: true });
    expect((await coord.caseChecks.get({ id: emergency.id })).next?.action).toBe('补办检查审批（紧急情况下先行实施的检查）');
    expect(
      (await refusal(coord.caseChecks.request({ ...request(objectId, [a, b], { windowFrom: '2026-06-09', windowTo: '2026-06-11' }), emergency: true })))
        .message,
    ).toContain('事后补办审批的紧急检查须已实施完毕');

    // A leader who is also the coordinator files a request: somebody else must decide it.
    await seedUser(demo.handle.db, {
      regionCode: '350881',
      agencyId: demo.world.agencyId('yjj'),
      username: 'yjj.both',
      roles: ['coordinator', 'agency_leader'],
      passwordHash: 'x',
    });
    const both = await demo.world.as('yjj.both', at('2026-06-10'));
    const own = await both.caseChecks.request(request(objectId, [a, b], { windowFrom: '2026-06-11', windowTo: '2026-06-12' }));
    expect((await both.caseChecks.get({ id: own.id })).can.approve).toBe(false);
    expect(await refusal(both.caseChecks.approve({ id: own.id }))).toMatchObject({ code: 'FORBIDDEN', message: '不能审批本人提出的检查申请' });

    const leader = await demo.world.as('yjj.leader', at('2026-06-10'));
    expect((await refusal(leader.caseChecks.reject({ id: own.id, note: ' ' }))).message).toContain('不予批准须写明理由');
    expect(await leader.caseChecks.reject({ id: own.id, note: '可通过书面核查解决，不必入企' })).toMatchObject({ status: 'rejected', inspectionCode: null });
    expect(await coord.caseChecks.withdraw({ id: emergency.id })).toMatchObject({ status: 'withdrawn' });
  });

  it('keeps each agency to its own: another agency cannot read or act; the list filters by state and finds by name', async () => {
    const { objectId, objectName } = await demo.world.yjjObject();
    const { a, b } = await officers();
    const filed = await (await demo.world.as('yjj.coord', at('2026-06-01'))).caseChecks.request(request(objectId, [a, b]));
    const scj = await demo.world.as('scj.coord', at('2026-06-01'));
    expect((await refusal(scj.caseChecks.get({ id: filed.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(scj.caseChecks.withdraw({ id: filed.id }))).code).toBe('NOT_FOUND');
    expect((await scj.caseChecks.list({})).rows.map((r) => r.id)).not.toContain(filed.id);

    const coord = await demo.world.as('yjj.coord', at('2026-06-01'));
    const waiting = await coord.caseChecks.list({ filter: { statuses: ['submitted'], search: objectName } });
    expect(waiting.rows.map((r) => r.id)).toEqual([filed.id]);
    expect(waiting.canRequest).toBe(true);
    expect((await coord.caseChecks.list({ filter: { statuses: ['done'], search: objectName } })).rows).toEqual([]);
    const leadership = await demo.world.as('ldxz.zhang', at('2026-06-01'));
    expect((await leadership.caseChecks.list({ filter: { search: objectName } })).rows.map((r) => r.id)).toEqual([filed.id]);
    expect((await leadership.caseChecks.list({})).canRequest).toBe(false);
  });
});
