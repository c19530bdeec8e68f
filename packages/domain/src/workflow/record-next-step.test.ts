import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES } from '../vocabulary/follow-up.js';
import { HAZARD_STATUSES } from '../vocabulary/hazard.js';
import { NOTE_STATUSES } from '../vocabulary/oversight.js';
import { PLAN_STATUSES } from '../vocabulary/plan.js';
import { SANCTION_STATUSES } from '../vocabulary/sanction.js';
import { nextStepText, type NextStep } from './next-step.js';
import { CAMPAIGN_STATUSES, CASE_CHECK_STATUSES } from '../vocabulary/inspection.js';
import {
  campaignNextStep,
  caseCheckNextStep,
  followUpNextStep,
  hazardNextStep,
  noteNextStep,
  planNextStep,
  sanctionNextStep,
  type HazardFacts,
} from './record-next-step.js';

const say = (step: NextStep | null) => step && nextStepText(step);

describe('who acts next on plans, outcomes and 督办单', () => {
  it('names the coordinator or the leader for each plan state, nobody once published', () => {
    expect(PLAN_STATUSES.map((status) => say(planNextStep(status)))).toEqual([
      '等待部门抽查协调员完善计划并提交审批',
      '等待部门分管领导审批计划（通过或退回）',
      '等待部门抽查协调员向社会公布计划',
      '等待部门抽查协调员按退回意见修改后重新提交审批',
      null,
      null,
    ]);
  });

  it('sends a draft sanction to the leader, an approved one to 公示', () => {
    expect(SANCTION_STATUSES.map((status) => say(sanctionNextStep(status)))).toEqual([
      '等待部门分管领导审批处罚决定',
      '等待部门抽查协调员公示处罚决定（依法不予公示的可不公示）',
      null,
    ]);
  });

  it('sends a 个案检查 to the leader for approval (afterwards for an emergency), then to the coordinator to carry it out', () => {
    expect(CASE_CHECK_STATUSES.map((status) => say(caseCheckNextStep(status, false)))).toEqual([
      '等待部门分管领导审批检查（批准或不予批准）',
      '等待部门抽查协调员组织实施检查并登记检查情况',
      null,
      null,
      null,
    ]);
    expect(say(caseCheckNextStep('submitted', true))).toBe('等待部门分管领导补办检查审批（紧急情况下先行实施的检查）');
  });

  it('moves a 专项检查 between the agency and the leadership group: submit, approve, file, publish, carry out', () => {
    expect(CAMPAIGN_STATUSES.map((status) => say(campaignNextStep(status)))).toEqual([
      '等待部门抽查协调员完善检查计划并提交领导小组审批',
      '等待领导小组审批检查计划（批准或不予批准）',
      '等待领导小组登记检查计划备案',
      '等待部门抽查协调员自批准之日起一个月内向社会公布检查计划',
      '等待部门抽查协调员按计划实施检查，完毕后结束专项检查',
      null,
      null,
      null,
    ]);
  });

  it('waits on the enterprise for a rectification and on the agency for other follow-ups, the leader closing either', () => {
    expect(say(followUpNextStep({ status: 'open', kind: 'rectify_by_deadline', deadline: '2026-12-20' }))).toBe(
      '等待企业按期完成整改（期限 2026-12-20），再由部门分管领导核实后办结',
    );
    expect(say(followUpNextStep({ status: 'open', kind: 'case_filed', deadline: null }))).toBe('等待检查部门办理完毕，报部门分管领导办结');
    expect(FOLLOW_UP_STATUSES.map((status) => followUpNextStep({ status, kind: 'case_filed', deadline: null }) === null)).toEqual([false, true]);
  });

  it('names the agency a 督办单 is addressed to, then the leadership group', () => {
    const note = { toAgencyName: '漳平市应急管理局', dueOn: '2026-12-31' };
    expect(NOTE_STATUSES.map((status) => say(noteNextStep({ ...note, status })))).toEqual([
      '等待漳平市应急管理局办理并答复督办事项（期限 2026-12-31）',
      '等待领导小组审阅答复并办结督办单',
      null,
    ]);
  });

  it('walks both hazard workflows, asking for the 五落实 plan before acceptance', () => {
    const major: HazardFacts = {
      severity: 'major',
      status: 'open',
      rectificationDeadline: null,
      reinspectionDue: null,
      listingDeadline: '2027-01-15',
      planFiled: false,
      acceptanceDue: '2027-01-25',
    };
    const ordinary: HazardFacts = { ...major, severity: 'ordinary', rectificationDeadline: '2026-12-10', reinspectionDue: '2026-12-20' };
    const each = (facts: HazardFacts) => HAZARD_STATUSES.map((status) => say(hazardNextStep({ ...facts, status })));
    expect(each(ordinary).slice(0, 3)).toEqual([
      '等待企业整改（期限 2026-12-10），整改完成后由检查部门登记整改完成报告',
      '等待检查部门复查整改情况（期限 2026-12-20）',
      null,
    ]);
    expect(each(major).slice(3)).toEqual([
      '等待企业报备“五落实”整改方案（责任、措施、资金、时限、预案）',
      '等待检查部门组织现场验收（期限 2027-01-25）',
      '等待部门分管领导核销隐患并同意恢复生产经营',
      null,
      '等待企业报备“五落实”整改方案（责任、措施、资金、时限、预案）',
    ]);
    expect(say(hazardNextStep({ ...major, status: 'listed', planFiled: true }))).toBe('等待企业落实整改方案、完成整改（期限 2027-01-15）后申请验收');
    expect(say(hazardNextStep(major))).toBe('等待检查部门报请政府挂牌督办（确定督办层级、督办单位和整改期限）');
  });
});
