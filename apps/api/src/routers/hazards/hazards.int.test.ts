import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);

const plan = {
  responsibility: '企业主要负责人：张三',
  measures: '停用并更换储罐泄压装置',
  funds: '专项资金20万元',
  timeLimit: '2026-05-30前完成',
  contingency: '储罐泄漏专项应急预案',
};

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await demo.handle.db.selectFrom('auditEvent').select('action').where('subjectId', '=', subjectId).orderBy('seq').execute();
  return rows.map((r) => r.action);
}

async function creditKinds(objectId: string): Promise<string[]> {
  const rows = await demo.handle.db.selectFrom('creditRecord').select('kind').where('objectId', '=', objectId).orderBy('seq').execute();
  return rows.map((r) => r.kind);
}

describe(`hazards on ${testDbKind()}`, () => {
  it('ordinary: an inspector reports it from the check, 复查 fails with a new deadline, then passes', async () => {
    const { checkId, objectId } = await demo.world.jointCheck();
    const inspector = await demo.world.as('yjj.insp1', at('2026-05-04'));
    const created = await inspector.hazards.create({
      objectId,
      checkId,
      severity: 'ordinary',
      description: '配电箱未接地',
      rectificationDeadline: '2026-05-14',
    });
    expect(created).toMatchObject({ status: 'open', severity: 'ordinary', foundOn: '2026-05-04', overdue: [], nextEvents: ['reportRectified'] });
    expect(created).not.toHaveProperty('teamInspectorIds');

    const coord = await demo.world.as('yjj.coord', at('2026-05-10'));
    const rectified = await coord.hazards.reportRectified({ id: created.id, note: '已重新接地' });
    expect(rectified).toMatchObject({ status: 'rectified', rectifiedOn: '2026-05-10', reinspectionDue: '2026-05-20' });

    const failed = await (
      await demo.world.as('yjj.insp1', at('2026-05-12'))
    ).hazards.reinspect({ id: created.id, passed: false, newDeadline: '2026-05-25', note: '接地电阻仍不合格' });
    expect(failed).toMatchObject({ status: 'open', rectificationDeadline: '2026-05-25', rectifiedOn: null, reinspectionDue: null });

    await (await demo.world.as('yjj.coord', at('2026-05-20'))).hazards.reportRectified({ id: created.id, note: '更换接地极' });
    const passed = await (await demo.world.as('yjj.insp1', at('2026-05-22'))).hazards.reinspect({ id: created.id, passed: true, note: '复查合格' });
    expect(passed).toMatchObject({ status: 'reinspected', reinspectedOn: '2026-05-22', nextEvents: [] });
    expect(passed.steps.map((s) => [s.kind, s.outcome])).toEqual([
      ['rectification', null],
      ['reinspection', 'failed'],
      ['rectification', null],
      ['reinspection', 'passed'],
    ]);
    expect(passed.steps[1]).toMatchObject({ newDeadline: '2026-05-25', reportedOn: '2026-05-12', reportedByName: '黄志明' });
    expect(await auditActions(created.id)).toEqual([
      'hazard.create',
      'hazard.reportRectified',
      'hazard.reinspect',
      'hazard.reportRectified',
      'hazard.reinspect',
    ]);
    // Ordinary hazards do not touch the credit record.
    expect(await creditKinds(objectId)).toEqual([]);
  });

  it('major: 挂牌督办 → 五落实 → progress → acceptance request → acceptance within 10 days → 核销 with resumption', async () => {
    const { checkId, objectId } = await demo.world.jointCheck();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const hazard = await coord.hazards.create({
      objectId,
      checkId,
      severity: 'major',
      description: '液氨储罐区未设置泄漏报警装置',
      rectificationDeadline: '2026-05-30',
    });

    const listed = await coord.hazards.putUnderSupervision({
      id: hazard.id,
      listingLevel: 'county',
      supervisingBody: '漳平市人民政府安全生产委员会办公室',
      listingDeadline: '2026-05-30',
    });
    expect(listed).toMatchObject({
      status: 'listed',
      listingLevel: 'county',
      listingDeadline: '2026-05-30',
      planFiledAt: null,
      nextEvents: ['filePlan', 'reportProgress', 'requestAcceptance', 'escalate'],
    });

    // Acceptance needs the 五落实 plan first.
    const noPlan = await refusal(coord.hazards.requestAcceptance({ id: hazard.id }));
    expect(noPlan.code).toBe('PRECONDITION_FAILED');
    expect(noPlan.message).toContain('尚未报备五落实整改方案');

    const incomplete = await refusal(coord.hazards.filePlan({ id: hazard.id, plan: { ...plan, funds: '' } }));
    expect(incomplete).toMatchObject({ code: 'BAD_REQUEST', message: '五落实整改方案不完整，缺少：资金' });
    const filed = await coord.hazards.filePlan({ id: hazard.id, plan });
    expect(filed).toMatchObject({ status: 'listed', planResponsibility: plan.responsibility, planFunds: plan.funds, planContingency: plan.contingency });

    await (await demo.world.as('yjj.insp1', at('2026-05-12'))).hazards.reportProgress({ id: hazard.id, note: '报警装置已采购' });
    await (await demo.world.as('yjj.coord', at('2026-05-19'))).hazards.reportProgress({ id: hazard.id, note: '报警装置安装完毕，调试中' });
    const requested = await (await demo.world.as('yjj.coord', at('2026-05-22'))).hazards.requestAcceptance({ id: hazard.id, note: '企业书面申请验收' });
    expect(requested).toMatchObject({ status: 'acceptance_requested', acceptanceRequestedOn: '2026-05-22', acceptanceDue: '2026-06-01' });

    const accepted = await (await demo.world.as('yjj.insp1', at('2026-05-28'))).hazards.accept({ id: hazard.id, passed: true, note: '现场验收合格' });
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: '2026-05-28', acceptanceLate: false, nextEvents: ['writeOff'] });

    // 核销 is the leader's approval: the coordinator may not, the leader may.
    const byCoord = await refusal((await demo.world.as('yjj.coord', at('2026-05-29'))).hazards.writeOff({ id: hazard.id, note: '同意' }));
    expect(byCoord.code).toBe('FORBIDDEN');
    const leader = await demo.world.as('yjj.leader', at('2026-05-29'));
    const writtenOff = await leader.hazards.writeOff({ id: hazard.id, note: '经审查，重大事故隐患治理完毕，同意恢复生产经营' });
    const leaderId = (await demo.handle.db.selectFrom('appUser').select('id').where('username', '=', 'yjj.leader').executeTakeFirstOrThrow()).id;
    expect(writtenOff).toMatchObject({ status: 'written_off', resumptionApprovedBy: leaderId, nextEvents: [] });
    expect(writtenOff.writtenOffAt).toEqual(at('2026-05-29'));
    expect(writtenOff.resumptionApprovedAt).toEqual(at('2026-05-29'));
    expect(writtenOff.steps.map((s) => s.kind)).toEqual(['listing', 'plan', 'progress', 'progress', 'acceptance_request', 'acceptance', 'write_off']);
    expect(writtenOff.steps.at(-1)).toMatchObject({ details: { resumptionApproved: true }, reportedByName: '陈建国（分管副局长）' });

    // The leader approves; reporting progress is not theirs.
    expect((await refusal(leader.hazards.reportProgress({ id: hazard.id, note: 'x' }))).code).toBe('FORBIDDEN');

    expect(await creditKinds(objectId)).toEqual(['hazard_listed', 'hazard_written_off']);
    const listing = await demo.handle.db
      .selectFrom('creditRecord')
      .selectAll()
      .where('objectId', '=', objectId)
      .where('kind', '=', 'hazard_listed')
      .executeTakeFirstOrThrow();
    expect(listing).toMatchObject({ sourceId: hazard.id, agencyId: demo.world.agencyId('yjj') });
    expect(listing.reason).toContain('县级，督办单位：漳平市人民政府安全生产委员会办公室，督办期限：2026-05-30');
    expect(await auditActions(hazard.id)).toEqual([
      'hazard.create',
      'hazard.putUnderSupervision',
      'hazard.filePlan',
      'hazard.reportProgress',
      'hazard.reportProgress',
      'hazard.requestAcceptance',
      'hazard.accept',
      'hazard.writeOff',
    ]);
  });

  it('flags an acceptance after its 10-day window instead of refusing it', async () => {
    const { objectId } = await demo.world.yjjObject();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const { id } = await coord.hazards.create({ objectId, severity: 'major', description: '尾矿库排洪设施堵塞', rectificationDeadline: '2026-05-20' });
    await coord.hazards.putUnderSupervision({ id, listingLevel: 'city', supervisingBody: '龙岩市安委办', listingDeadline: '2026-05-20' });
    await coord.hazards.filePlan({ id, plan });
    await (await demo.world.as('yjj.coord', at('2026-05-15'))).hazards.requestAcceptance({ id });

    const overdue = await (await demo.world.as('yjj.coord', at('2026-05-26'))).hazards.overdue({});
    expect(overdue.rows.find((r) => r.id === id)?.overdue).toEqual(['acceptance_overdue']);

    const late = await (await demo.world.as('yjj.coord', at('2026-05-27'))).hazards.accept({ id, passed: true, note: '验收合格' });
    expect(late).toMatchObject({ status: 'accepted', acceptanceDue: '2026-05-25', acceptanceLate: true });
    expect(late.steps.at(-1)?.details).toEqual({ due: '2026-05-25', late: true });
  });

  it('escalates an overdue listed hazard (失信 included) only once its deadline has passed', async () => {
    const { objectId } = await demo.world.yjjObject();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const { id } = await coord.hazards.create({ objectId, severity: 'major', description: '烟花爆竹仓库超量储存', rectificationDeadline: '2026-05-15' });
    await coord.hazards.putUnderSupervision({ id, listingLevel: 'county', supervisingBody: '漳平市安委办', listingDeadline: '2026-05-15' });

    const early = await refusal((await demo.world.as('yjj.coord', at('2026-05-15'))).hazards.escalate({ id, measures: ['interview'], note: '约谈' }));
    expect(early).toMatchObject({ code: 'PRECONDITION_FAILED', message: '隐患当前状态为“挂牌督办中”，督办期限（2026-05-15）尚未届满，不能升级处置' });

    const lateCoord = await demo.world.as('yjj.coord', at('2026-05-16'));
    const overdue = await lateCoord.hazards.overdue({});
    expect(overdue.today).toBe('2026-05-16');
    expect(overdue.rows.find((r) => r.id === id)?.overdue).toEqual(['listing_overdue']);

    const escalated = await lateCoord.hazards.escalate({
      id,
      measures: ['licence_suspension', 'dishonest'],
      note: '逾期未完成整改，暂扣安全生产许可证并纳入失信名单',
    });
    expect(escalated).toMatchObject({ status: 'escalated', escalationMeasures: ['licence_suspension', 'dishonest'], overdue: ['listing_overdue'] });
    expect(escalated.escalationNote).toContain('暂扣安全生产许可证');

    const object = await demo.handle.db.selectFrom('object').select('dishonest').where('id', '=', objectId).executeTakeFirstOrThrow();
    expect(object.dishonest).toBe(true);
    expect(await creditKinds(objectId)).toEqual(['hazard_listed', 'hazard_escalated', 'dishonest']);
    const list = await (await demo.world.as('sthj.coord')).credit.dishonestList({});
    expect(list.rows.find((r) => r.objectId === objectId)).toMatchObject({ markedByAgency: '应急局' });

    // Rectification can still go on after escalation: plan, request, acceptance.
    await lateCoord.hazards.filePlan({ id, plan });
    const requested = await (await demo.world.as('yjj.coord', at('2026-06-10'))).hazards.requestAcceptance({ id });
    expect(requested).toMatchObject({ status: 'acceptance_requested', acceptanceDue: '2026-06-20' });
    const failed = await (await demo.world.as('yjj.coord', at('2026-06-12'))).hazards.accept({ id, passed: false, note: '验收不合格' });
    expect(failed).toMatchObject({ status: 'escalated', acceptanceRequestedOn: null });
  });

  it('refuses every illegal transition with the current state named', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const ordinary = await coord.hazards.create({
      ...(await demo.world.yjjObject()),
      severity: 'ordinary',
      description: '消防通道堵塞',
      rectificationDeadline: '2026-05-10',
    });
    const major = await coord.hazards.create({
      ...(await demo.world.yjjObject()),
      severity: 'major',
      description: '动火作业未审批',
      rectificationDeadline: '2026-05-30',
    });
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => coord.hazards.reinspect({ id: ordinary.id, passed: true, note: '合格' }),
        '隐患当前状态为“待整改”，不能复查：仅“已报告整改（待复查）”状态可以复查',
      ],
      [
        () => coord.hazards.putUnderSupervision({ id: ordinary.id, listingLevel: 'county', supervisingBody: '安委办', listingDeadline: '2026-06-01' }),
        '该隐患为一般隐患（当前状态“待整改”），不能挂牌督办：仅重大事故隐患可以挂牌督办',
      ],
      [
        () => coord.hazards.reportRectified({ id: major.id, note: '已整改' }),
        '该隐患为重大事故隐患（当前状态“待整改”），不能报告整改完成：仅一般隐患可以报告整改完成',
      ],
      [
        () => coord.hazards.filePlan({ id: major.id, plan }),
        '隐患当前状态为“待整改”，不能报备“五落实”整改方案：仅“挂牌督办中”或“已升级处置”状态可以报备“五落实”整改方案',
      ],
      [() => coord.hazards.requestAcceptance({ id: major.id }), '隐患当前状态为“待整改”，不能申请验收'],
      [() => coord.hazards.accept({ id: major.id, passed: true, note: '合格' }), '隐患当前状态为“待整改”，不能现场验收'],
      [() => coord.hazards.escalate({ id: major.id, measures: ['interview'], note: '约谈' }), '隐患当前状态为“待整改”，不能升级处置'],
    ];
    for (const [call, message] of cases) {
      const error = await refusal(call());
      expect(error.code).toBe('PRECONDITION_FAILED');
      expect(error.message).toContain(message);
    }
    await coord.hazards.putUnderSupervision({ id: major.id, listingLevel: 'county', supervisingBody: '安委办', listingDeadline: '2026-05-30' });
    const twice = await refusal(
      coord.hazards.putUnderSupervision({ id: major.id, listingLevel: 'city', supervisingBody: '市安委办', listingDeadline: '2026-05-30' }),
    );
    expect(twice.message).toBe('隐患当前状态为“挂牌督办中”，不能挂牌督办：仅“待整改”状态可以挂牌督办');
    const leader = await demo.world.as('yjj.leader', at('2026-05-04'));
    expect((await refusal(leader.hazards.writeOff({ id: major.id, note: '同意' }))).message).toContain(
      '隐患当前状态为“挂牌督办中”，不能核销并同意恢复生产经营',
    );

    // Nothing moved: both still where they were, and no step was written.
    const [o, m] = [await coord.hazards.get({ id: ordinary.id }), await coord.hazards.get({ id: major.id })];
    expect([o.status, o.steps.length, m.status, m.steps.length]).toEqual(['open', 0, 'listed', 1]);
    expect([o.next?.who, m.next?.action]).toEqual(['企业', '报备“五落实”整改方案（责任、措施、资金、时限、预案）']);
  });

  it('refuses bad dates and a check that is not carried out or about another object', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const { objectId } = await demo.world.yjjObject();
    const future = await refusal(
      coord.hazards.create({ objectId, severity: 'ordinary', description: 'x', foundOn: '2026-05-05', rectificationDeadline: '2026-05-10' }),
    );
    expect(future).toMatchObject({ code: 'BAD_REQUEST', message: '发现日期（2026-05-05）不能晚于今天（2026-05-04）' });
    const before = await refusal(coord.hazards.create({ objectId, severity: 'ordinary', description: 'x', rectificationDeadline: '2026-05-03' }));
    expect(before.message).toBe('整改期限（2026-05-03）不能早于发现日期（2026-05-04）');

    const planned = await demo.world.jointCheck('planned');
    const notYet = await refusal(
      coord.hazards.create({
        objectId: planned.objectId,
        checkId: planned.checkId,
        severity: 'ordinary',
        description: 'x',
        rectificationDeadline: '2026-05-10',
      }),
    );
    expect(notYet).toMatchObject({ code: 'PRECONDITION_FAILED', message: '检查当前状态为“待通知”，尚未实施检查，不能登记检查后的处置' });
    const inspected = await demo.world.jointCheck();
    const mismatch = await refusal(
      coord.hazards.create({ objectId, checkId: inspected.checkId, severity: 'ordinary', description: 'x', rectificationDeadline: '2026-05-10' }),
    );
    expect(mismatch.code).toBe('BAD_REQUEST');

    const { id } = await coord.hazards.create({ objectId, severity: 'major', description: '重大隐患', rectificationDeadline: '2026-05-30' });
    const pastDeadline = await refusal(
      coord.hazards.putUnderSupervision({ id, listingLevel: 'county', supervisingBody: '安委办', listingDeadline: '2026-05-03' }),
    );
    expect(pastDeadline).toMatchObject({ code: 'BAD_REQUEST', message: '督办期限（2026-05-03）不能早于今天（2026-05-04）' });
  });

  it('lists overdue hazards as the clock moves', async () => {
    const { objectId } = await demo.world.yjjObject();
    const coord = await demo.world.as('yjj.coord', at('2026-07-01'));
    const { id } = await coord.hazards.create({ objectId, severity: 'ordinary', description: '安全出口指示灯损坏', rectificationDeadline: '2026-07-10' });
    const ids = async (date: string, filter = {}) => (await (await demo.world.as('yjj.coord', at(date))).hazards.overdue({ filter })).rows.map((r) => r.id);

    expect(await ids('2026-07-10')).not.toContain(id);
    expect(await ids('2026-07-11')).toContain(id);
    expect(await ids('2026-07-11', { severity: 'major' })).not.toContain(id);
    const listed = await (await demo.world.as('yjj.coord', at('2026-07-11'))).hazards.list({ filter: { overdueOnly: true, objectId } });
    expect(listed.rows.map((r) => [r.id, r.overdue])).toEqual([[id, ['rectification_overdue']]]);

    // Reported rectified on the 12th (after the deadline, inside its window): 复查 due on the 20th.
    const rectified = await (await demo.world.as('yjj.coord', at('2026-07-12'))).hazards.reportRectified({ id, note: '已更换' });
    expect(rectified.reinspectionDue).toBe('2026-07-20');
    expect(await ids('2026-07-20')).not.toContain(id);
    const late = await (await demo.world.as('yjj.coord', at('2026-07-21'))).hazards.overdue({});
    expect(late.rows.find((r) => r.id === id)?.overdue).toEqual(['reinspection_overdue']);

    // The hazard came from no check, so no inspector's team reaches it: the coordinator does the 复查.
    expect((await refusal((await demo.world.as('yjj.insp1', at('2026-07-22'))).hazards.reinspect({ id, passed: true, note: '合格' }))).code).toBe('NOT_FOUND');
    const done = await (await demo.world.as('yjj.coord', at('2026-07-22'))).hazards.reinspect({ id, passed: true, note: '合格' });
    expect(done.steps.at(-1)?.details).toEqual({ due: '2026-07-20', late: true });
    expect(await ids('2026-08-01')).not.toContain(id);
  });

  it('keeps other agencies and regions out: NOT_FOUND outside their reach, FORBIDDEN for a partner who can read', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    const own = await coord.hazards.create({
      ...(await demo.world.yjjObject()),
      severity: 'major',
      description: '仅本局隐患',
      rectificationDeadline: '2026-05-30',
    });
    const joint = await demo.world.jointCheck();
    const shared = await coord.hazards.create({
      objectId: joint.objectId,
      checkId: joint.checkId,
      severity: 'major',
      description: '联合检查发现的隐患',
      rectificationDeadline: '2026-05-30',
    });

    const scj = await demo.world.as('scj.coord', at('2026-05-04'));
    const [scjLeader, xl, offTeamInspector] = [
      await demo.world.as('scj.leader', at('2026-05-04')),
      await demo.world.as('xl.coord', at('2026-05-04')),
      await demo.world.as('yjj.insp2', at('2026-05-04')),
    ];
    for (const call of [
      () => scj.hazards.get({ id: own.id }),
      () => scj.hazards.putUnderSupervision({ id: own.id, listingLevel: 'county', supervisingBody: 'x', listingDeadline: '2026-05-30' }),
      () => scjLeader.hazards.writeOff({ id: own.id, note: 'x' }),
      () => xl.hazards.get({ id: own.id }),
      () => offTeamInspector.hazards.get({ id: shared.id }),
    ]) {
      expect((await refusal(call())).code).toBe('NOT_FOUND');
    }
    // scj takes part in the joint check: it reads the hazard but may not change yjj's record.
    expect((await scj.hazards.get({ id: shared.id })).description).toBe('联合检查发现的隐患');
    expect(
      (await refusal(scj.hazards.putUnderSupervision({ id: shared.id, listingLevel: 'county', supervisingBody: 'x', listingDeadline: '2026-05-30' }))).code,
    ).toBe('FORBIDDEN');
    // scj.insp1 is on the team, but the hazard is yjj's: 谁检查、谁录入.
    expect(
      (
        await refusal(
          (await demo.world.as('scj.insp1', at('2026-05-04'))).hazards.putUnderSupervision({
            id: shared.id,
            listingLevel: 'county',
            supervisingBody: 'x',
            listingDeadline: '2026-05-30',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');

    const scjList = await scj.hazards.list({ pageSize: 200 });
    expect(scjList.rows.map((r) => r.id)).toContain(shared.id);
    expect(scjList.rows.map((r) => r.id)).not.toContain(own.id);
    // An inspector off the team cannot record on the check; the leadership group reads everything, writes nothing.
    const offTeam = await refusal(
      (await demo.world.as('yjj.insp2', at('2026-05-04'))).hazards.create({
        objectId: joint.objectId,
        checkId: joint.checkId,
        severity: 'ordinary',
        description: 'x',
        rectificationDeadline: '2026-05-10',
      }),
    );
    expect(offTeam.code).toBe('NOT_FOUND');
    const leadership = await demo.world.as('ldxz.zhang', at('2026-05-04'));
    expect((await leadership.hazards.get({ id: own.id })).id).toBe(own.id);
    expect(
      (
        await refusal(
          leadership.hazards.create({ ...(await demo.world.yjjObject()), severity: 'ordinary', description: 'x', rectificationDeadline: '2026-05-10' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });
});
