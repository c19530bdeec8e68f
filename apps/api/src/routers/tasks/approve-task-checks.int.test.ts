import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { callerFor } from '../../testing/caller.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { frozenDraw, readyJointTask, revealAll } from '../../testing/joint-task-fixture.js';
import { refusal } from '../../testing/refusal.js';

const demo = openDemoDb(loadDemoWorld);
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A joint task of March 2027 (under the 2025 rules), drawn: 1 % of each sector. */
async function drawnTask2027() {
  const { taskId } = await readyJointTask(demo.handle.db, demo.world, { start: '2027-03-01', end: '2027-03-31', ratioBp: 100, title: '2027年联合抽查' });
  await revealAll(demo.world, await frozenDraw(demo.world, taskId, { deadline: new Date(Date.now() + 3_600_000) }));
  const yjj = await demo.world.as('yjj.coord');
  const checks = (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows;
  return { taskId, checks, yjj };
}

describe(`行政检查审批, 检查码 and check-in of drawn checks on ${testDbKind()}`, () => {
  it('no notice before every agency’s head approved; the last approval gives every check its 检查码, which the public reads', async () => {
    const { taskId, checks, yjj } = await drawnTask2027();
    expect(checks.length).toBeGreaterThan(0);
    const checkId = checks[0]!.id;

    const notify = { checkId, scheduledOn: '2027-03-02', materials: [], contact: '', note: '' };
    const early = await refusal(yjj.checks.notify(notify));
    expect(early.code).toBe('PRECONDITION_FAILED');
    expect(early.message).toMatch(/应急管理局.*市场监督管理局|市场监督管理局.*应急管理局/);
    expect((await yjj.tasks.get({ taskId })).can.approveChecks).toBe(false);

    // The head approves; the coordinator who made the task cannot, nor a partner's coordinator.
    const leader = await demo.world.as('yjj.leader');
    expect((await leader.tasks.get({ taskId })).can.approveChecks).toBe(true);
    expect((await refusal(yjj.tasks.approveChecks({ taskId }))).code).toBe('FORBIDDEN');
    const first = await leader.tasks.approveChecks({ taskId, note: '同意按计划实施' });
    expect(first.coded).toBe(0);
    expect(first.pending).toHaveLength(2);
    expect((await refusal(leader.tasks.approveChecks({ taskId }))).code).toBe('CONFLICT');
    expect((await yjj.checks.get({ checkId })).check.inspectionCode).toBeNull();

    await (await demo.world.as('scj.leader')).tasks.approveChecks({ taskId });
    const last = await (await demo.world.as('xf.leader')).tasks.approveChecks({ taskId });
    expect(last).toEqual({ pending: [], coded: checks.length });
    const task = await yjj.tasks.get({ taskId });
    expect(task.participants.every((p) => p.checksApprovedAt !== null && p.checksApprovedByName)).toBe(true);

    const loaded = await yjj.checks.get({ checkId });
    const code = loaded.check.inspectionCode!;
    expect(code).toMatch(CODE);
    const codes = await Promise.all(checks.map(async (c) => (await yjj.checks.get({ checkId: c.id })).check.inspectionCode));
    expect(new Set(codes).size).toBe(checks.length);

    // The notice now carries the code; the enterprise reads the check without logging in.
    await yjj.checks.notify(notify);
    expect((await yjj.checks.get({ checkId })).check.notice).toMatchObject({ inspectionCode: code });
    const anyone = await callerFor(demo.handle.db);
    const scanned = await anyone.public.inspectionCode({ regionCode: '350881', code: code.toLowerCase() });
    expect(scanned).toMatchObject({
      kind: 'routine',
      status: 'approved',
      uscc: loaded.check.uscc,
      windowFrom: '2027-03-01',
      windowTo: '2027-03-31',
      task: { title: '2027年联合抽查' },
      trigger: null,
    });
    expect(scanned.approvedByName).toContain('应急管理局');
    expect(scanned.officers.map((o) => o.certificateNo).sort()).toEqual(
      loaded.team
        .filter((m) => m.role !== 'expert')
        .map((m) => m.certificateNo)
        .sort(),
    );
    expect(scanned.items.length).toBe(loaded.items.length);
    expect((await refusal(anyone.public.inspectionCode({ regionCode: '350802', code }))).code).toBe('NOT_FOUND');

    const events = await demo.handle.db
      .selectFrom('auditEvent')
      .select('action')
      .where('subjectKind', '=', 'jointTask')
      .where('subjectId', '=', taskId)
      .where('action', '=', 'jointTask.approve_checks')
      .execute();
    expect(events).toHaveLength(3);
  });

  it('checks in by the enterprise’s code inside the window, blocks results without it unless a reason is given, checks out', async () => {
    const { taskId, checks } = await drawnTask2027();
    for (const head of ['yjj.leader', 'scj.leader', 'xf.leader']) await (await demo.world.as(head)).tasks.approveChecks({ taskId });
    const [one, two] = checks;
    const coord = await demo.world.as('yjj.coord', at('2027-03-02'));

    // Before the window, a check-in is refused; with another enterprise's code too.
    const early = await demo.world.as('yjj.coord', at('2027-02-27'));
    expect((await refusal(early.checks.checkIn({ checkId: one!.id, uscc: one!.uscc }))).message).toContain('不在任务批准的检查时间');
    const wrong = await refusal(coord.checks.checkIn({ checkId: one!.id, uscc: two!.uscc }));
    expect(wrong.code).toBe('BAD_REQUEST');
    expect(wrong.message).toContain(one!.uscc);

    const item = async (checkId: string) => (await coord.checks.get({ checkId })).items.find((i) => i.agencyId === demo.world.agencyId('yjj'))!.id;
    const result = async (checkId: string) => ({
      checkId,
      itemId: await item(checkId),
      resultCode: 'no_problem' as const,
      verificationMethods: ['on_site' as const],
    });

    // Checked in by the licence QR's link: the visit starts today.
    const checkedIn = await coord.checks.checkIn({ checkId: one!.id, uscc: `https://www.gsxt.gov.cn/qr?uniscid=${one!.uscc}` });
    expect(checkedIn.status).toBe('in_progress');
    expect((await coord.checks.get({ checkId: one!.id })).check).toMatchObject({
      status: 'in_progress',
      startedOn: '2027-03-02',
      checkedInAt: at('2027-03-02'),
    });
    expect((await refusal(coord.checks.checkIn({ checkId: one!.id, uscc: one!.uscc }))).code).toBe('CONFLICT');
    await coord.checks.recordResult(await result(one!.id));
    const later = await demo.world.as('yjj.coord', at('2027-03-02', '15:30'));
    expect(await later.checks.checkOut({ checkId: one!.id })).toMatchObject({ status: 'recorded' });
    expect((await later.checks.get({ checkId: one!.id })).check).toMatchObject({ endedOn: '2027-03-02', checkedOutAt: at('2027-03-02', '15:30') });

    // Started without check-in: results wait for the reason.
    await coord.checks.start({ checkId: two!.id, on: '2027-03-02' });
    expect((await coord.checks.get({ checkId: two!.id })).can).toMatchObject({ recordResult: false, explainNoCheckIn: true, checkIn: true });
    const blocked = await refusal(coord.checks.recordResult(await result(two!.id)));
    expect(blocked.message).toContain('未扫码签到');
    await coord.checks.explainNoCheckIn({ checkId: two!.id, reason: '企业营业执照二维码损坏，已核对执照原件' });
    expect((await coord.checks.get({ checkId: two!.id })).can).toMatchObject({ recordResult: true, explainNoCheckIn: false });
    await coord.checks.recordResult(await result(two!.id));

    const actions = await demo.handle.db
      .selectFrom('auditEvent')
      .select('action')
      .where('subjectKind', '=', 'check')
      .where('subjectId', 'in', [one!.id, two!.id])
      .where('action', 'in', ['check.check_in', 'check.check_out', 'check.explain_no_check_in'])
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['check.check_in', 'check.check_out', 'check.explain_no_check_in']);
  });
});
