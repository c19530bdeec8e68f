import { DomainError } from '../errors.js';
import { normalizeUscc } from '../uscc/uscc.js';
import type { ParticipantStatus } from '../vocabulary/task.js';

/**
 * 行政检查审批 for a joint task's drawn checks (国办发〔2024〕54号; 司法部《有关问题解答》2025-04-18:
 * every check is approved beforehand by the head of the agency that carries it out). A joint task
 * is approved once per task: the head of each agency taking part approves its part in one step
 * after the draw, before any notice or visit. Tasks whose inspections began before the rules were
 * published (the 2020 demo year) are history under the old rules and are not asked for it.
 */
export const CHECK_APPROVAL_RULES_FROM = '2025-01-03';

/** Do the 2025 rules (prior approval, 检查码, check-in) apply to a task inspecting from `startsOn`? A task without dates is asked. */
export function checkApprovalApplies(startsOn: string | null | undefined): boolean {
  return !startsOn || startsOn >= CHECK_APPROVAL_RULES_FROM;
}

/** A participant of the task as the approval reads it. */
export interface ApprovingParticipant {
  agencyName: string;
  status: ParticipantStatus;
  checksApprovedAt: Date | string | null;
}

/** Agencies that take part (confirmed) and whose head has not yet approved the task's checks. */
export function pendingCheckApprovals(participants: readonly ApprovingParticipant[]): string[] {
  return [...new Set(participants.filter((p) => p.status === 'confirmed' && p.checksApprovedAt === null).map((p) => p.agencyName))];
}

/** A visit step (notice, start, check-in) before the task's checks are approved: refused, naming who must approve. */
export function unapprovedChecksRefusal(startsOn: string | null | undefined, participants: readonly ApprovingParticipant[]): DomainError | null {
  if (!checkApprovalApplies(startsOn)) return null;
  const pending = pendingCheckApprovals(participants);
  if (pending.length === 0) return null;
  return new DomainError(
    'precondition_failed',
    `检查须事先审批：本任务的检查尚待${pending.join('、')}负责人审批（行政检查审批），审批前不能发出通知或开始检查`,
    { reason: 'checks_not_approved' },
  );
}

/**
 * 扫码入企: the inspectors check in at the enterprise by scanning its 营业执照 QR code (or typing its
 * 统一社会信用代码); a code of another enterprise is refused, so a check-in shows they were at the right door.
 */
export function checkInUsccRefusal(scanned: string, expected: string, field = 'uscc'): DomainError | null {
  // The licence's QR code holds a link with the code in it; a typed code may carry spaces or lower case.
  if (normalizeUscc(scanned) === expected || scanned.toUpperCase().includes(expected)) return null;
  const message = `扫描或输入的统一社会信用代码与本次检查对象（${expected}）不符，请扫描该企业营业执照上的二维码`;
  return new DomainError('bad_request', message, { reason: 'check_in_wrong_enterprise', issues: [{ field, message }] });
}

/** A check-in happens on a day of the task's inspection window (the approved period). */
export function checkInDateRefusal(today: string, window: { startsOn: string; endsOn: string } | null): DomainError | null {
  if (!window || (today >= window.startsOn && today <= window.endsOn)) return null;
  return new DomainError('precondition_failed', `今天（${today}）不在任务批准的检查时间 ${window.startsOn} 至 ${window.endsOn} 之内，不能签到`, {
    reason: 'check_in_outside_window',
  });
}

/** What results recording asks of a check under the 2025 rules: a check-in, or the stated reason there is none. */
export interface CheckInFacts {
  startsOn: string | null | undefined;
  checkedInAt: Date | string | null;
  noCheckInReason: string | null;
}

export function resultsWithoutCheckInRefusal(facts: CheckInFacts): DomainError | null {
  if (!checkApprovalApplies(facts.startsOn) || facts.checkedInAt !== null || facts.noCheckInReason !== null) return null;
  return new DomainError('precondition_failed', '检查人员未扫码签到，不能录入检查结果：请先在企业现场扫码签到，或说明未签到的原因', {
    reason: 'not_checked_in',
  });
}
