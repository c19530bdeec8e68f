import type { CheckStatus, ResultStatus } from '../vocabulary/check.js';
import type { DrawStatus } from '../vocabulary/draw.js';
import type { ParticipantRole, ParticipantStatus, TaskStatus } from '../vocabulary/task.js';
import { ROLE_LABELS } from '../vocabulary/roles.js';
import { RESULT_PUBLICATION_WORKING_DAYS } from '../rules/result-publication.js';

/**
 * Who must act next on a piece of work and what they are waiting for: every workflow page says
 * it ("等待牵头部门抽查协调员发出检查通知"), so nobody has to guess whose turn it is. `null` when
 * nothing is awaited (the work is done or cancelled).
 */
export interface NextStep {
  /** Who acts: an agency's role, or several agencies. */
  who: string;
  /** What they do, as a verb phrase. */
  action: string;
}

export const nextStepText = (step: NextStep): string => `等待${step.who}${step.action}`;

const coordinatorOf = (agency: string) => `${agency}${ROLE_LABELS.coordinator}`;
const leaderOf = (agency: string) => `${agency}${ROLE_LABELS.agency_leader}`;
const LEAD = coordinatorOf('牵头部门');
const names = (list: readonly string[]) => (list.length > 3 ? `${list.slice(0, 3).join('、')}等 ${list.length} 个部门` : list.join('、'));

export interface TaskFacts {
  status: TaskStatus;
  participants: readonly { agencyName: string; role: ParticipantRole; status: ParticipantStatus; items: number; inspectors: number }[];
  configured: boolean;
  draw: { status: DrawStatus } | null;
  published: boolean;
  /** Drawn checks not yet finished (planned, notified, in progress). */
  openChecks: number;
  /** Agencies whose head has yet to approve their part of the checks (行政检查审批, the 2025 rules); empty when none or not asked. */
  pendingApprovals?: readonly string[];
}

/** 联合抽查任务: invitations, each agency's items and officers, the matrix, the ceremony, 公示, the visits. */
export function taskNextStep(task: TaskFacts): NextStep | null {
  if (task.status === 'cancelled' || task.status === 'completed') return null;
  const invited = task.participants.filter((p) => p.status === 'invited').map((p) => p.agencyName);
  if (invited.length > 0) return { who: coordinatorOf(names(invited)), action: '确认是否参加' };
  const unprepared = task.participants.filter((p) => p.status === 'confirmed' && (p.items === 0 || p.inspectors === 0)).map((p) => p.agencyName);
  if (unprepared.length > 0) return { who: coordinatorOf(names(unprepared)), action: '选定本部门的抽查事项和检查人员' };
  if (!task.configured) return { who: LEAD, action: '设置抽查矩阵和检查组规则' };
  if (!task.draw || task.draw.status === 'cancelled') return { who: LEAD, action: '开始抽取仪式' };
  if (task.draw.status === 'open') return { who: '各参加部门抽查协调员', action: '提交随机数承诺值，全部提交后由牵头部门冻结抽取输入' };
  if (task.draw.status === 'frozen') return { who: '各参加部门抽查协调员', action: '揭示随机数，最后一个揭示后自动抽取' };
  if (task.pendingApprovals?.length)
    return { who: leaderOf(names(task.pendingApprovals)), action: '审批本部门参加本任务的检查（行政检查审批），审批后方可通知和入企检查' };
  if (!task.published) return { who: LEAD, action: '公示抽查任务、抽查名单和抽取证明' };
  if (task.openChecks > 0) return { who: LEAD, action: `发出检查通知、组织检查组完成其余 ${task.openChecks} 户检查` };
  return { who: '各参加部门', action: '审核并公示检查结果' };
}

export interface CheckFacts {
  status: CheckStatus;
  scheduledOn: string | null;
  /** The agencies asked for results at this check (an item of theirs applies), with their results' states. */
  agencies: readonly { name: string; results: readonly ResultStatus[]; items: number }[];
}

/** 一户一查: notice, visit, each agency's results (recorded, submitted, approved), then 公示. */
export function checkNextStep(check: CheckFacts): NextStep | null {
  switch (check.status) {
    case 'planned':
      return { who: LEAD, action: '发出检查通知' };
    case 'notified':
      return { who: '检查组', action: `按通知于 ${check.scheduledOn ?? '约定日期'} 进场检查（由牵头部门抽查协调员登记开始）` };
    case 'in_progress':
      return { who: '检查组', action: '完成现场检查，各部门录入本部门事项的结果' };
    case 'recorded': {
      const owing = (test: (results: readonly ResultStatus[], items: number) => boolean) =>
        check.agencies.filter((a) => test(a.results, a.items)).map((a) => a.name);
      const returned = owing((r) => r.includes('returned'));
      if (returned.length > 0) return { who: coordinatorOf(names(returned)), action: '修改退回的结果并重新提交' };
      const missing = owing((r, items) => r.length < items);
      if (missing.length > 0) return { who: coordinatorOf(names(missing)), action: '录入本部门事项的检查结果' };
      const drafts = owing((r) => r.includes('draft'));
      if (drafts.length > 0) return { who: coordinatorOf(names(drafts)), action: '提交本部门结果审核' };
      const submitted = owing((r) => r.includes('submitted'));
      if (submitted.length > 0) return { who: leaderOf(names(submitted)), action: '审核本部门的检查结果' };
      return { who: '各参加部门', action: '审核检查结果' };
    }
    case 'approved':
      return { who: '各参加部门', action: `公示本部门的检查结果（检查结束后 ${RESULT_PUBLICATION_WORKING_DAYS} 个工作日内）` };
    case 'closed':
    case 'cancelled':
      return null;
  }
}
