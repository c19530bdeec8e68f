import { subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import type { CheckRow, ParticipantRow, RegionScope, ResultRow, ResultStatus } from '@liancha/db';
import { checkApprovalApplies, DomainError, resultsWithoutCheckInRefusal, unapprovedChecksRefusal } from '@liancha/domain';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { outcomeRefusal } from '../follow-ups/outcome-check.js';
import { resultPublishRefusal } from '../publications/result-publish-rule.js';
import { requireAgency } from '../registry/require-agency.js';
import { assertResultsEditable, nextCheckStatus, type VisitStep } from './check-state.js';

/** What the steps of a check are decided on: the check as loadCheck gives it. */
export interface CheckFacts {
  check: CheckRow;
  items: { id: string; agencyId: string }[];
  results: Pick<ResultRow, 'agencyId' | 'itemId' | 'status'>[];
  participants: Pick<ParticipantRow, 'agencyId' | 'agencyName' | 'status' | 'checksApprovedAt'>[];
  teamInspectorIds: string[];
  /** The task's inspection window: whether the 2025 rules (approval, check-in) apply follows from its first day. */
  window: { startsOn: string; endsOn: string } | null;
  /** The caller's agency has already published its results of this check (公示). */
  resultsPublished: boolean;
}

export interface StepContext {
  ability: AppAbility;
  actor: UserActor;
  scope: RegionScope;
}

/** The steps of one check the portal offers; each is one mutation. */
export const CHECK_STEPS = [
  'notify',
  'start',
  'finish',
  'checkIn',
  'checkOut',
  'explainNoCheckIn',
  'recordResult',
  'uploadEvidence',
  'submitResults',
  'approveResults',
  'returnResults',
  'publishResults',
  'createFollowUp',
  'createHazard',
  'createSanction',
] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

/** The caller's agency's results of the check, as one status (the review panel and the progress bar show it). */
type OwnResultsStatus = ResultStatus | null;

export function ownResultsStatus(statuses: ResultStatus[]): OwnResultsStatus {
  if (statuses.length === 0) return null;
  if (statuses.some((s) => s === 'returned')) return 'returned';
  if (statuses.every((s) => s === 'approved')) return 'approved';
  if (statuses.some((s) => s === 'submitted')) return 'submitted';
  return 'draft';
}

const noAgency = (ctx: StepContext): Refusal => caught(() => requireAgency(ctx.actor));

function resultSubject(ctx: StepContext, facts: CheckFacts) {
  return subjectOf('CheckResult', {
    regionCode: ctx.scope.regionCode,
    agencyId: ctx.actor.agencyId,
    taskId: facts.check.taskId,
    teamInspectorIds: facts.teamInspectorIds,
  });
}

/** Whether the task's checks may be visited yet (行政检查审批 of every agency taking part), asked once per task. */
export function approvalGate(facts: Pick<CheckFacts, 'participants' | 'window'>): Refusal {
  return unapprovedChecksRefusal(facts.window ? facts.window.startsOn : null, facts.participants);
}

/**
 * The visit steps (notice, start, finish) need only the check, its team and the task's approval
 * (`gate`, from approvalGate): the bulk page asks them of many checks at once.
 */
export function visitStepRefusal(ctx: StepContext, check: CheckRow, teamInspectorIds: string[], step: VisitStep, gate: Refusal): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ctx.ability, 'update', subjectOf('Check', { ...check, teamInspectorIds })),
    () => (step === 'finish' ? null : gate),
    () => caught(() => nextCheckStatus(check.status, step)),
  );
}

/** 扫码签到 / 签退 and the reason for results without check-in, by whoever may take the visit steps. */
function presenceStepRefusal(ctx: StepContext, facts: CheckFacts, step: 'checkIn' | 'checkOut' | 'explainNoCheckIn'): Refusal {
  const { check } = facts;
  const state = (ok: boolean, message: string) => (ok ? null : new DomainError('precondition_failed', message, { reason: 'check_state' }));
  // The coordinator, or an inspector of the team (who may record its results), on site.
  const update = () =>
    forbiddenUnless(ctx.ability, 'update', subjectOf('Check', { ...check, teamInspectorIds: facts.teamInspectorIds })) === null
      ? null
      : firstRefusal(
          () => noAgency(ctx),
          () => forbiddenUnless(ctx.ability, 'create', resultSubject(ctx, facts)),
        );
  const since2025 = () =>
    checkApprovalApplies(facts.window ? facts.window.startsOn : null)
      ? null
      : new DomainError('precondition_failed', '该任务的检查早于2025年行政检查规定施行，不使用扫码签到', { reason: 'check_in_not_required' });
  switch (step) {
    case 'checkIn':
      return firstRefusal(
        update,
        since2025,
        () => approvalGate(facts),
        () => (check.checkedInAt ? new DomainError('conflict', '本次检查已签到', { reason: 'checked_in' }) : null),
        () => state(['planned', 'notified', 'in_progress'].includes(check.status), '检查已结束或取消，不能签到'),
      );
    case 'checkOut':
      return firstRefusal(
        update,
        since2025,
        () => state(check.checkedInAt !== null, '尚未签到，不能签退'),
        () => (check.checkedOutAt ? new DomainError('conflict', '本次检查已签退', { reason: 'checked_out' }) : null),
        () => state(check.status === 'in_progress' || check.status === 'recorded', '检查未在进行中，不能签退'),
      );
    case 'explainNoCheckIn':
      return firstRefusal(
        update,
        since2025,
        () =>
          resultsWithoutCheckInRefusal(presence(facts)) ? null : new DomainError('conflict', '本次检查已签到或已说明原因', { reason: 'check_in_not_missing' }),
        () => state(check.status === 'in_progress' || check.status === 'recorded', '检查开始后才能说明未签到的原因'),
      );
  }
}

const presence = (facts: CheckFacts) => ({
  startsOn: facts.window ? facts.window.startsOn : null,
  checkedInAt: facts.check.checkedInAt,
  noCheckInReason: facts.check.noCheckInReason,
});

/**
 * May the caller take `step` on this check now? `null`, or the refusal its mutation throws.
 * Who (the CASL ability) is asked before when (the check's and the results' states).
 */
export function checkStepRefusal(ctx: StepContext, facts: CheckFacts, step: CheckStep): Refusal {
  const { check } = facts;
  const agencyId = ctx.actor.agencyId;
  const mine = facts.results.filter((r) => r.agencyId === agencyId).map((r) => r.status);
  const editable = () => caught(() => assertResultsEditable(check.status, mine));
  const submitted = (message: string) => () =>
    mine.length > 0 && mine.every((s) => s === 'submitted') ? null : new DomainError('precondition_failed', message, { reason: 'results_not_submitted' });
  switch (step) {
    case 'notify':
    case 'start':
    case 'finish':
      return visitStepRefusal(ctx, check, facts.teamInspectorIds, step, approvalGate(facts));
    case 'checkIn':
    case 'checkOut':
    case 'explainNoCheckIn':
      return presenceStepRefusal(ctx, facts, step);
    case 'recordResult':
      return firstRefusal(
        () => noAgency(ctx),
        () =>
          facts.items.some((i) => i.agencyId === agencyId)
            ? null
            : new DomainError('forbidden', '只能录入本部门抽查事项的检查结果', { reason: 'not_own_item' }),
        () => forbiddenUnless(ctx.ability, 'create', resultSubject(ctx, facts)),
        editable,
        () => resultsWithoutCheckInRefusal(presence(facts)),
      );
    case 'uploadEvidence':
      return firstRefusal(
        () => noAgency(ctx),
        () => forbiddenUnless(ctx.ability, 'update', resultSubject(ctx, facts)),
        editable,
        () => (mine.length > 0 ? null : new DomainError('precondition_failed', '请先录入检查结果，再上传证据材料', { reason: 'evidence_without_result' })),
      );
    case 'submitResults':
      return firstRefusal(
        () => noAgency(ctx),
        () => forbiddenUnless(ctx.ability, 'update', resultSubject(ctx, facts)),
        () => (check.status === 'recorded' ? null : new DomainError('precondition_failed', '检查结束后才能提交结果', { reason: 'check_state' })),
        () =>
          mine.some((s) => s === 'submitted' || s === 'approved') ? new DomainError('conflict', '本部门结果已提交', { reason: 'results_submitted' }) : null,
        () => (mine.length > 0 ? null : new DomainError('precondition_failed', '本部门尚未录入检查结果', { reason: 'results_missing' })),
      );
    case 'approveResults':
    case 'returnResults':
      return firstRefusal(
        () => noAgency(ctx),
        () => forbiddenUnless(ctx.ability, 'approve', subjectOf('CheckResult', { regionCode: ctx.scope.regionCode, agencyId, taskId: check.taskId })),
        submitted(step === 'approveResults' ? '本部门结果尚未提交审核' : '只有已提交的结果可以退回'),
      );
    case 'publishResults':
      return firstRefusal(
        () => noAgency(ctx),
        () =>
          resultPublishRefusal(ctx, {
            checkId: check.id,
            checkStatus: check.status,
            agencyId: agencyId ?? '',
            agencyName: '本部门',
            participates: facts.participants.some((p) => p.agencyId === agencyId && p.status !== 'declined'),
            endedOn: check.endedOn,
            resultStatuses: mine,
          }),
        () => (facts.resultsPublished ? new DomainError('conflict', '已公示过，如需修改请发布更正公示', { reason: 'already_published' }) : null),
      );
    case 'createFollowUp':
    case 'createHazard':
    case 'createSanction': {
      const type = step === 'createFollowUp' ? 'FollowUpAction' : step === 'createHazard' ? 'Hazard' : 'Sanction';
      return outcomeRefusal(
        ctx,
        { id: check.id, taskId: check.taskId, objectId: check.objectId, status: check.status, teamInspectorIds: facts.teamInspectorIds },
        type,
      );
    }
  }
}

/** A step's mutation: go on, or throw what `can` said. */
export function assertCheckStep(ctx: StepContext, facts: CheckFacts, step: CheckStep): void {
  enforce(checkStepRefusal(ctx, facts, step));
}

/** Every step as a flag, for checks.get. */
export function checkCan(ctx: StepContext, facts: CheckFacts): Record<CheckStep, boolean> {
  return flagsOf(Object.fromEntries(CHECK_STEPS.map((step) => [step, checkStepRefusal(ctx, facts, step)])) as Record<CheckStep, Refusal>);
}
