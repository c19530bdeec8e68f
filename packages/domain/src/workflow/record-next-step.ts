import type { FollowUpKind, FollowUpStatus } from '../vocabulary/follow-up.js';
import type { HazardSeverity, HazardStatus } from '../vocabulary/hazard.js';
import type { CampaignStatus, CaseCheckStatus } from '../vocabulary/inspection.js';
import type { NoteStatus } from '../vocabulary/oversight.js';
import type { PlanStatus } from '../vocabulary/plan.js';
import { ROLE_LABELS } from '../vocabulary/roles.js';
import type { SanctionStatus } from '../vocabulary/sanction.js';
import type { NextStep } from './next-step.js';

// The records an agency keeps apart from a joint task (plans, outcomes, 督办单) say whose turn
// it is the same way tasks and checks do. Their readers are mostly the agency itself and the
// leadership group, so the actor is named by role ("部门分管领导"), the agency by name where the
// record carries it.

const COORDINATOR = `部门${ROLE_LABELS.coordinator}`;
const LEADER = `部门${ROLE_LABELS.agency_leader}`;
const by = (deadline: string | null) => (deadline ? `（期限 ${deadline}）` : '');

/** 年度抽查工作计划: draft → submitted → approved → published. */
export function planNextStep(status: PlanStatus): NextStep | null {
  switch (status) {
    case 'draft':
      return { who: COORDINATOR, action: '完善计划并提交审批' };
    case 'rejected':
      return { who: COORDINATOR, action: '按退回意见修改后重新提交审批' };
    case 'submitted':
      return { who: LEADER, action: '审批计划（通过或退回）' };
    case 'approved':
      return { who: COORDINATOR, action: '向社会公布计划' };
    case 'published':
    case 'superseded':
      return null;
  }
}

/** 行政处罚决定: draft → approved → published. */
export function sanctionNextStep(status: SanctionStatus): NextStep | null {
  switch (status) {
    case 'draft':
      return { who: LEADER, action: '审批处罚决定' };
    case 'approved':
      return { who: COORDINATOR, action: '公示处罚决定（依法不予公示的可不公示）' };
    case 'published':
      return null;
  }
}

/** 个案检查: submitted → approved (or rejected) → done; withdrawn ends it too. */
export function caseCheckNextStep(status: CaseCheckStatus, emergency: boolean): NextStep | null {
  switch (status) {
    case 'submitted':
      return { who: LEADER, action: emergency ? '补办检查审批（紧急情况下先行实施的检查）' : '审批检查（批准或不予批准）' };
    case 'approved':
      return { who: COORDINATOR, action: '组织实施检查并登记检查情况' };
    case 'rejected':
    case 'done':
    case 'withdrawn':
      return null;
  }
}

/** 专项检查: the agency drafts and submits, the leadership group approves and files, the agency publishes and closes. */
export function campaignNextStep(status: CampaignStatus): NextStep | null {
  switch (status) {
    case 'draft':
      return { who: COORDINATOR, action: '完善检查计划并提交领导小组审批' };
    case 'submitted':
      return { who: '领导小组', action: '审批检查计划（批准或不予批准）' };
    case 'approved':
      return { who: '领导小组', action: '登记检查计划备案' };
    case 'filed':
      return { who: COORDINATOR, action: '自批准之日起一个月内向社会公布检查计划' };
    case 'published':
      return { who: COORDINATOR, action: '按计划实施检查，完毕后结束专项检查' };
    case 'closed':
    case 'rejected':
    case 'withdrawn':
      return null;
  }
}

/** 后续处置: open until the agency leader closes it (closing is an approval). */
export function followUpNextStep(followUp: { status: FollowUpStatus; kind: FollowUpKind; deadline: string | null }): NextStep | null {
  if (followUp.status === 'closed') return null;
  if (followUp.kind === 'rectify_by_deadline') return { who: '企业', action: `按期完成整改${by(followUp.deadline)}，再由${LEADER}核实后办结` };
  return { who: '检查部门', action: `办理完毕${by(followUp.deadline)}，报${LEADER}办结` };
}

/** 督办单: the agency answers, the leadership group closes. */
export function noteNextStep(note: { status: NoteStatus; toAgencyName: string; dueOn: string | null }): NextStep | null {
  switch (note.status) {
    case 'open':
      return { who: note.toAgencyName, action: `办理并答复督办事项${by(note.dueOn)}` };
    case 'responded':
      return { who: '领导小组', action: '审阅答复并办结督办单' };
    case 'closed':
      return null;
  }
}

export interface HazardFacts {
  severity: HazardSeverity;
  status: HazardStatus;
  rectificationDeadline: string | null;
  reinspectionDue: string | null;
  listingDeadline: string | null;
  planFiled: boolean;
  acceptanceDue: string | null;
}

/** 隐患: ordinary (整改 → 复查) and major (挂牌督办 → 五落实 → 验收 → 核销, or 升级处置). */
export function hazardNextStep(hazard: HazardFacts): NextStep | null {
  const rectify = (deadline: string | null) => `整改${by(deadline)}`;
  switch (hazard.status) {
    case 'open':
      return hazard.severity === 'ordinary'
        ? { who: '企业', action: `${rectify(hazard.rectificationDeadline)}，整改完成后由检查部门登记整改完成报告` }
        : { who: '检查部门', action: '报请政府挂牌督办（确定督办层级、督办单位和整改期限）' };
    case 'rectified':
      return { who: '检查部门', action: `复查整改情况${by(hazard.reinspectionDue)}` };
    case 'listed':
    case 'escalated':
      return hazard.planFiled
        ? { who: '企业', action: `落实整改方案、完成${rectify(hazard.listingDeadline)}后申请验收` }
        : { who: '企业', action: '报备“五落实”整改方案（责任、措施、资金、时限、预案）' };
    case 'acceptance_requested':
      return { who: '检查部门', action: `组织现场验收${by(hazard.acceptanceDue)}` };
    case 'accepted':
      return { who: LEADER, action: '核销隐患并同意恢复生产经营' };
    case 'reinspected':
    case 'written_off':
      return null;
  }
}
