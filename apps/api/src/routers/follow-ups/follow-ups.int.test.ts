import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);

describe(`follow-up actions on ${testDbKind()}`, () => {
  it('records each kind of 后续处置 and tracks it to closure by the leader', async () => {
    const { checkId, objectId } = await demo.world.jointCheck();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const inspector = await demo.world.as('yjj.insp1', at('2026-05-04'));
    const rectify = await inspector.followUps.create({ checkId, kind: 'rectify_by_deadline', deadline: '2026-05-14', note: '责令限期整改指令书' });
    expect(rectify).toMatchObject({ status: 'open', kind: 'rectify_by_deadline', objectId, agencyName: '应急局', overdue: false });
    expect(rectify.next).toEqual({ who: '企业', action: '按期完成整改（期限 2026-05-14），再由部门分管领导核实后办结' });
    expect(rectify).not.toHaveProperty('teamInspectorIds');
    await coord.followUps.create({ checkId, kind: 'case_filed', target: '漳应急立〔2026〕12号' });
    await coord.followUps.create({ checkId, kind: 'transfer_to_authority', target: '漳平市市场监督管理局' });
    await coord.followUps.create({ checkId, kind: 'transfer_to_judiciary', target: '漳平市公安局' });
    await coord.followUps.create({ checkId, kind: 'notify_department', target: '漳平市消防救援大队' });
    const page = await coord.followUps.list({ filter: { checkId } });
    expect(page.rows.map((r) => r.kind).sort()).toEqual([
      'case_filed',
      'notify_department',
      'rectify_by_deadline',
      'transfer_to_authority',
      'transfer_to_judiciary',
    ]);

    // Closing is the leader's approval.
    expect((await refusal(coord.followUps.close({ id: rectify.id, closureNote: '已整改' }))).code).toBe('FORBIDDEN');
    const leader = await demo.world.as('yjj.leader', at('2026-05-12'));
    const closed = await leader.followUps.close({ id: rectify.id, closureNote: '企业已按期整改，复查合格' });
    expect(closed).toMatchObject({ status: 'closed', closureNote: '企业已按期整改，复查合格', overdue: false, next: null });
    expect(closed.closedAt).toEqual(at('2026-05-12'));
    const again = await refusal(leader.followUps.close({ id: rectify.id, closureNote: '再次' }));
    expect(again).toMatchObject({ code: 'PRECONDITION_FAILED', message: '后续处置“责令限期整改”当前状态为“已办结”，不能再次办结' });

    const audit = await demo.handle.db.selectFrom('auditEvent').select('action').where('subjectId', '=', rectify.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['followUpAction.create', 'followUpAction.close']);
  });

  it('requires a deadline for 责令限期整改 and a recipient for transfers and copies', async () => {
    const { checkId } = await demo.world.jointCheck();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    expect(await refusal(coord.followUps.create({ checkId, kind: 'rectify_by_deadline' }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: '责令限期整改须填写整改期限',
    });
    expect((await refusal(coord.followUps.create({ checkId, kind: 'rectify_by_deadline', deadline: '2026-05-03' }))).message).toBe(
      '整改期限（2026-05-03）不能早于今天（2026-05-04）',
    );
    expect((await refusal(coord.followUps.create({ checkId, kind: 'transfer_to_judiciary' }))).message).toBe('移送司法机关须填写接收机构');
    expect((await refusal(coord.followUps.create({ checkId, kind: 'notify_department', target: '  ' }))).message).toBe('抄告相关部门须填写接收机构');
    const planned = await demo.world.jointCheck('planned');
    expect((await refusal(coord.followUps.create({ checkId: planned.checkId, kind: 'case_filed' }))).code).toBe('PRECONDITION_FAILED');
  });

  it('flags open actions past their deadline, on read', async () => {
    const { checkId } = await demo.world.jointCheck();
    const { id } = await (
      await demo.world.as('yjj.coord', at('2026-06-01'))
    ).followUps.create({ checkId, kind: 'rectify_by_deadline', deadline: '2026-06-10' });
    const on = async (date: string) => (await demo.world.as('yjj.coord', at(date))).followUps.list({ filter: { overdueOnly: true, checkId } });
    expect((await on('2026-06-10')).rows).toEqual([]);
    const late = await on('2026-06-11');
    expect(late.rows.map((r) => [r.id, r.overdue])).toEqual([[id, true]]);
    expect((await (await demo.world.as('yjj.coord', at('2026-06-11'))).followUps.get({ id })).overdue).toBe(true);
    await (await demo.world.as('yjj.leader', at('2026-06-12'))).followUps.close({ id, closureNote: '已整改' });
    expect((await on('2026-06-20')).rows).toEqual([]);
  });

  it('keeps other agencies out: NOT_FOUND outside their tasks, FORBIDDEN for a partner who can read', async () => {
    const sthj = await demo.world.sthjCheck();
    const sthjAction = await (await demo.world.as('sthj.coord', at('2026-05-04'))).followUps.create({ checkId: sthj.checkId, kind: 'case_filed' });
    const yjj = await demo.world.as('yjj.coord', at('2026-05-04'));
    expect((await refusal(yjj.followUps.get({ id: sthjAction.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(yjj.followUps.create({ checkId: sthj.checkId, kind: 'case_filed' }))).code).toBe('NOT_FOUND');
    expect((await refusal((await demo.world.as('yjj.leader')).followUps.close({ id: sthjAction.id, closureNote: 'x' }))).code).toBe('NOT_FOUND');
    expect((await refusal((await demo.world.as('xl.coord')).followUps.get({ id: sthjAction.id }))).code).toBe('NOT_FOUND');

    const joint = await demo.world.jointCheck();
    const yjjAction = await yjj.followUps.create({ checkId: joint.checkId, kind: 'case_filed' });
    // scj takes part in the joint check: reads yjj's action, records its own, may not close yjj's.
    const scj = await demo.world.as('scj.coord', at('2026-05-04'));
    expect((await scj.followUps.get({ id: yjjAction.id })).id).toBe(yjjAction.id);
    const own = await scj.followUps.create({ checkId: joint.checkId, kind: 'notify_department', target: '漳平市应急管理局' });
    expect(own.agencyId).toBe(demo.world.agencyId('scj'));
    expect((await refusal((await demo.world.as('scj.leader')).followUps.close({ id: yjjAction.id, closureNote: 'x' }))).code).toBe('FORBIDDEN');
    // An inspector off the team sees neither the check nor its actions.
    expect((await refusal((await demo.world.as('yjj.insp2')).followUps.get({ id: yjjAction.id }))).code).toBe('NOT_FOUND');
  });
});
