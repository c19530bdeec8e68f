import {
  addCalendarDays,
  dateInShanghai,
  DomainError,
  HAZARD_EVENT_LABELS,
  HAZARD_SEVERITY_LABELS,
  HAZARD_STATUS_LABELS,
  type DomainIssue,
  type EscalationMeasure,
  type HazardEventType,
  type HazardSeverity,
  type ListingLevel,
} from '@liancha/domain';
import type { CreditRecordKind, HazardProgressKind, HazardStatus } from '@liancha/db';
import type { LocalDate } from './local-date.js';

/**
 * The hazard workflow as a pure state machine: given a hazard and an event, the new state,
 * the columns to write, the timeline step to append and the credit consequence — or a
 * DomainError that names the current state.
 *
 * Ordinary (一般隐患):
 *   open ──reportRectified──▶ rectified ──reinspect(passed)──▶ reinspected (closed, 销号)
 *     ▲                          │
 *     └──reinspect(failed, new deadline)
 *
 * Major (重大事故隐患):
 *   open ──putUnderSupervision──▶ listed ──requestAcceptance──▶ acceptance_requested ──accept(passed)──▶ accepted ──writeOff──▶ written_off
 *                                 │  ▲ filePlan, reportProgress      │ accept(failed): back to listed / escalated
 *                                 ▼  │
 *                 escalate (deadline passed) ──▶ escalated (filePlan, reportProgress, requestAcceptance, escalate again)
 *
 * Decisions:
 * - 挂牌督办 and the 五落实 plan are separate steps: the government lists the hazard (level,
 *   supervising body, deadline); the enterprise then drafts the 整改方案. The plan (all five of
 *   责任、措施、资金、时限、预案) must be on file before acceptance can be requested, and may be
 *   revised while the hazard is listed or escalated.
 * - The 10-day windows (复查 for ordinary, 现场验收 for major) run from the deadline or the
 *   request, whichever comes first; a request made after that window had already closed
 *   (a late rectification, already overdue and escalated) opens a fresh 10-day window.
 *   The due date is stored when the window opens.
 * - A late 复查 / 验收 is recorded and flagged (`late` on the step, `acceptanceLate` on read),
 *   never refused: refusing it would leave the hazard stuck open forever.
 * - 核销 always records the resumption approval (同意恢复生产经营): the seed makes the bureau's
 *   review the condition for resuming, and 核销 is that review. It is the leader's approval.
 * - Escalation (约谈、通报批评、暂扣许可、责令停产、失信) needs a listed hazard whose deadline
 *   has passed; it can be repeated, and the enterprise can still rectify and request acceptance.
 */

/** Days the agency has for 复查 / 现场验收. */
export const WINDOW_DAYS = 10;

export interface FiveInPlacePlan {
  responsibility: string;
  measures: string;
  funds: string;
  timeLimit: string;
  contingency: string;
}

const PLAN_LABELS: Record<keyof FiveInPlacePlan, string> = { responsibility: '责任', measures: '措施', funds: '资金', timeLimit: '时限', contingency: '预案' };

/** What the machine reads of a hazard row. */
export interface HazardSnapshot {
  severity: HazardSeverity;
  status: HazardStatus;
  foundOn: LocalDate;
  rectificationDeadline: LocalDate | null;
  rectifiedOn: LocalDate | null;
  reinspectionDue: LocalDate | null;
  listedAt: Date | null;
  listingDeadline: LocalDate | null;
  planFiledAt: Date | null;
  acceptanceRequestedOn: LocalDate | null;
  acceptanceDue: LocalDate | null;
  acceptedOn: LocalDate | null;
  escalatedAt: Date | null;
  escalationMeasures: string[];
}

export type HazardEvent =
  | { type: 'reportRectified'; on: LocalDate; note: string }
  | { type: 'reinspect'; on: LocalDate; passed: boolean; newDeadline: LocalDate | null; note: string }
  | { type: 'putUnderSupervision'; level: ListingLevel; supervisingBody: string; deadline: LocalDate; note: string }
  | { type: 'filePlan'; plan: FiveInPlacePlan; note: string }
  | { type: 'reportProgress'; on: LocalDate; note: string }
  | { type: 'requestAcceptance'; on: LocalDate; note: string }
  | { type: 'accept'; on: LocalDate; passed: boolean; note: string }
  | { type: 'writeOff'; note: string }
  | { type: 'escalate'; measures: EscalationMeasure[]; note: string };
export type { HazardEventType };
// One shape above for every event the domain lists (HAZARD_EVENTS), and no other: a mismatch fails typecheck.
const _eventsMatch: [HazardEvent['type'], HazardEventType] extends [HazardEventType, HazardEvent['type']] ? true : never = true;

/** Which CASL action each event needs on the Hazard: 核销 and resumption are approvals. */
export const EVENT_ACTIONS: Record<HazardEventType, 'update' | 'approve'> = {
  reportRectified: 'update',
  reinspect: 'update',
  putUnderSupervision: 'update',
  filePlan: 'update',
  reportProgress: 'update',
  requestAcceptance: 'update',
  accept: 'update',
  writeOff: 'approve',
  escalate: 'update',
};

/** From which states, for which severity, each event is legal. */
export const LEGAL_FROM: Record<HazardEventType, { severity: HazardSeverity; from: readonly HazardStatus[] }> = {
  reportRectified: { severity: 'ordinary', from: ['open'] },
  reinspect: { severity: 'ordinary', from: ['rectified'] },
  putUnderSupervision: { severity: 'major', from: ['open'] },
  filePlan: { severity: 'major', from: ['listed', 'escalated'] },
  reportProgress: { severity: 'major', from: ['listed', 'escalated'] },
  requestAcceptance: { severity: 'major', from: ['listed', 'escalated'] },
  accept: { severity: 'major', from: ['acceptance_requested'] },
  writeOff: { severity: 'major', from: ['accepted'] },
  escalate: { severity: 'major', from: ['listed', 'escalated'] },
};

/** Columns a transition writes (the use case adds updatedAt). */
export interface HazardPatch {
  status: HazardStatus;
  rectificationDeadline?: LocalDate;
  rectifiedOn?: LocalDate | null;
  reinspectionDue?: LocalDate | null;
  reinspectedOn?: LocalDate;
  listingLevel?: ListingLevel;
  supervisingBody?: string;
  listedAt?: Date;
  listingDeadline?: LocalDate;
  planResponsibility?: string;
  planMeasures?: string;
  planFunds?: string;
  planTimeLimit?: string;
  planContingency?: string;
  planFiledAt?: Date;
  acceptanceRequestedOn?: LocalDate | null;
  acceptanceDue?: LocalDate | null;
  acceptedOn?: LocalDate;
  acceptedBy?: string;
  writtenOffAt?: Date;
  resumptionApprovedBy?: string;
  resumptionApprovedAt?: Date;
  escalatedAt?: Date;
  escalationNote?: string;
  escalationMeasures?: string[];
}

export interface HazardStep {
  kind: HazardProgressKind;
  reportedOn: LocalDate;
  note: string;
  outcome: 'passed' | 'failed' | null;
  newDeadline: LocalDate | null;
  details: Record<string, unknown>;
}

export interface HazardTransition {
  patch: HazardPatch;
  step: HazardStep;
  /** The credit record this step writes for the object, if any. */
  credit: Extract<CreditRecordKind, 'hazard_listed' | 'hazard_escalated' | 'hazard_written_off'> | null;
  /** Escalation with 纳入失信名单: the object is to be marked 失信. */
  marksDishonest: boolean;
}

/** Who acts and when: the machine is pure, the clock and the user come in. */
export interface TransitionContext {
  now: Date;
  userId: string;
}

/** The last day of a 10-day window opened by a deadline and a request (see the decisions above). */
export function windowDue(deadline: LocalDate | null, requestedOn: LocalDate): LocalDate {
  if (deadline === null || requestedOn <= deadline) return addCalendarDays(requestedOn, WINDOW_DAYS);
  const fromDeadline = addCalendarDays(deadline, WINDOW_DAYS);
  return requestedOn <= fromDeadline ? fromDeadline : addCalendarDays(requestedOn, WINDOW_DAYS);
}

/** The illegal-transition error: it names the current state and what would be needed. */
function refuse(h: HazardSnapshot, type: HazardEventType): DomainError {
  const rule = LEGAL_FROM[type];
  const action = HAZARD_EVENT_LABELS[type];
  if (h.severity !== rule.severity) {
    const [is, needs] = [HAZARD_SEVERITY_LABELS[h.severity], HAZARD_SEVERITY_LABELS[rule.severity]];
    return new DomainError('precondition_failed', `该隐患为${is}（当前状态“${HAZARD_STATUS_LABELS[h.status]}”），不能${action}：仅${needs}可以${action}`, {
      reason: 'hazard.wrong_severity',
    });
  }
  const allowed = rule.from.map((s) => `“${HAZARD_STATUS_LABELS[s]}”`).join('或');
  return new DomainError('precondition_failed', `隐患当前状态为“${HAZARD_STATUS_LABELS[h.status]}”，不能${action}：仅${allowed}状态可以${action}`, {
    reason: 'hazard.illegal_transition',
  });
}

function badDates(issues: DomainIssue[]): DomainError {
  return new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'hazard.bad_date', issues });
}

/** Dates a user enters must not lie in the future nor before the step they follow. */
function checkDate(
  issues: DomainIssue[],
  field: string,
  label: string,
  value: LocalDate,
  today: LocalDate,
  notBefore: LocalDate | null,
  notBeforeLabel: string,
): void {
  if (value > today) issues.push({ field, message: `${label}（${value}）不能晚于今天（${today}）` });
  else if (notBefore !== null && value < notBefore) issues.push({ field, message: `${label}（${value}）不能早于${notBeforeLabel}（${notBefore}）` });
}

function throwIf(issues: DomainIssue[]): void {
  if (issues.length > 0) throw badDates(issues);
}

/**
 * Whether the hazard's state allows an event of `type` today, whatever its content: the legal
 * states, and for 升级处置 a 督办 deadline that has passed. The portal offers exactly these steps.
 */
export function eventRefusal(h: HazardSnapshot, type: HazardEventType, today: LocalDate): DomainError | null {
  const rule = LEGAL_FROM[type];
  if (h.severity !== rule.severity || !rule.from.includes(h.status)) return refuse(h, type);
  if (type === 'escalate' && h.status === 'listed' && h.listingDeadline !== null && h.listingDeadline >= today) {
    return new DomainError('precondition_failed', `隐患当前状态为“${HAZARD_STATUS_LABELS[h.status]}”，督办期限（${h.listingDeadline}）尚未届满，不能升级处置`, {
      reason: 'hazard.not_overdue',
    });
  }
  return null;
}

/** Apply `event` to `h`: the transition, or a DomainError (illegal state → precondition_failed; bad dates → bad_request). */
export function applyHazardEvent(h: HazardSnapshot, event: HazardEvent, ctx: TransitionContext): HazardTransition {
  const today = dateInShanghai(ctx.now);
  const refusal = eventRefusal(h, event.type, today);
  if (refusal) throw refusal;
  const listedOn = h.listedAt ? dateInShanghai(h.listedAt) : null;
  const issues: DomainIssue[] = [];
  const step = (kind: HazardProgressKind, reportedOn: LocalDate, extra: Partial<HazardStep> = {}): HazardStep => ({
    kind,
    reportedOn,
    note: event.note,
    outcome: null,
    newDeadline: null,
    details: {},
    ...extra,
  });
  /** The transition; most steps write no credit record and mark no one 失信. */
  const move = (patch: HazardPatch, progress: HazardStep, credit: HazardTransition['credit'] = null, marksDishonest = false): HazardTransition => ({
    patch,
    step: progress,
    credit,
    marksDishonest,
  });

  switch (event.type) {
    case 'reportRectified': {
      checkDate(issues, 'rectifiedOn', '整改完成日期', event.on, today, h.foundOn, '发现日期');
      throwIf(issues);
      const due = windowDue(h.rectificationDeadline, event.on);
      return move({ status: 'rectified', rectifiedOn: event.on, reinspectionDue: due }, step('rectification', event.on, { details: { reinspectionDue: due } }));
    }
    case 'reinspect': {
      checkDate(issues, 'reinspectedOn', '复查日期', event.on, today, h.rectifiedOn, '整改完成日期');
      if (!event.passed) {
        if (event.newDeadline === null) issues.push({ field: 'newDeadline', message: '复查不合格时须重新确定整改期限' });
        else if (event.newDeadline <= event.on)
          issues.push({ field: 'newDeadline', message: `新的整改期限（${event.newDeadline}）应晚于复查日期（${event.on}）` });
      }
      throwIf(issues);
      const late = h.reinspectionDue !== null && event.on > h.reinspectionDue;
      const details = { due: h.reinspectionDue, late };
      if (event.passed) {
        return move({ status: 'reinspected', reinspectedOn: event.on }, step('reinspection', event.on, { outcome: 'passed', details }));
      }
      const newDeadline = event.newDeadline as LocalDate;
      return move(
        { status: 'open', rectificationDeadline: newDeadline, rectifiedOn: null, reinspectionDue: null },
        step('reinspection', event.on, { outcome: 'failed', newDeadline, details }),
      );
    }
    case 'putUnderSupervision': {
      if (event.deadline < today) issues.push({ field: 'listingDeadline', message: `督办期限（${event.deadline}）不能早于今天（${today}）` });
      if (event.supervisingBody.trim() === '') issues.push({ field: 'supervisingBody', message: '请填写督办单位' });
      throwIf(issues);
      return move(
        { status: 'listed', listingLevel: event.level, supervisingBody: event.supervisingBody.trim(), listedAt: ctx.now, listingDeadline: event.deadline },
        step('listing', today, { details: { level: event.level, supervisingBody: event.supervisingBody.trim(), deadline: event.deadline } }),
        'hazard_listed',
      );
    }
    case 'filePlan': {
      const missing = (Object.entries(PLAN_LABELS) as [keyof FiveInPlacePlan, string][]).filter(([key]) => event.plan[key].trim() === '');
      if (missing.length > 0) {
        throw new DomainError('bad_request', `五落实整改方案不完整，缺少：${missing.map(([, label]) => label).join('、')}`, {
          reason: 'hazard.plan_incomplete',
          issues: missing.map(([key, label]) => ({ field: `plan.${key}`, message: `请填写整改${label}` })),
        });
      }
      const plan = {
        responsibility: event.plan.responsibility.trim(),
        measures: event.plan.measures.trim(),
        funds: event.plan.funds.trim(),
        timeLimit: event.plan.timeLimit.trim(),
        contingency: event.plan.contingency.trim(),
      };
      return move(
        {
          status: h.status,
          planResponsibility: plan.responsibility,
          planMeasures: plan.measures,
          planFunds: plan.funds,
          planTimeLimit: plan.timeLimit,
          planContingency: plan.contingency,
          planFiledAt: ctx.now,
        },
        step('plan', today, { details: { plan, revision: h.planFiledAt !== null } }),
      );
    }
    case 'reportProgress': {
      checkDate(issues, 'reportedOn', '进展报告日期', event.on, today, listedOn, '挂牌督办日期');
      throwIf(issues);
      return move({ status: h.status }, step('progress', event.on));
    }
    case 'requestAcceptance': {
      if (h.planFiledAt === null) {
        throw new DomainError(
          'precondition_failed',
          `隐患当前状态为“${HAZARD_STATUS_LABELS[h.status]}”，尚未报备五落实整改方案（责任、措施、资金、时限、预案），不能申请验收`,
          { reason: 'hazard.plan_missing' },
        );
      }
      checkDate(issues, 'requestedOn', '申请验收日期', event.on, today, listedOn, '挂牌督办日期');
      throwIf(issues);
      const due = windowDue(h.listingDeadline, event.on);
      return move(
        { status: 'acceptance_requested', acceptanceRequestedOn: event.on, acceptanceDue: due },
        step('acceptance_request', event.on, { details: { acceptanceDue: due } }),
      );
    }
    case 'accept': {
      checkDate(issues, 'acceptedOn', '验收日期', event.on, today, h.acceptanceRequestedOn, '申请验收日期');
      throwIf(issues);
      const late = h.acceptanceDue !== null && event.on > h.acceptanceDue;
      const details = { due: h.acceptanceDue, late };
      if (event.passed) {
        return move({ status: 'accepted', acceptedOn: event.on, acceptedBy: ctx.userId }, step('acceptance', event.on, { outcome: 'passed', details }));
      }
      // 验收不合格: rectification goes on under the same 督办 (and may end in escalation).
      return move(
        { status: h.escalatedAt === null ? 'listed' : 'escalated', acceptanceRequestedOn: null, acceptanceDue: null },
        step('acceptance', event.on, { outcome: 'failed', details }),
      );
    }
    case 'writeOff':
      return move(
        { status: 'written_off', writtenOffAt: ctx.now, resumptionApprovedBy: ctx.userId, resumptionApprovedAt: ctx.now },
        step('write_off', today, { details: { resumptionApproved: true } }),
        'hazard_written_off',
      );
    case 'escalate': {
      if (event.measures.length === 0)
        throw new DomainError('bad_request', '请选择至少一项升级处置措施', {
          reason: 'hazard.no_measures',
          issues: [{ field: 'measures', message: '请选择升级处置措施' }],
        });
      const measures = [...new Set([...h.escalationMeasures, ...event.measures])];
      return move(
        { status: 'escalated', escalatedAt: ctx.now, escalationNote: event.note, escalationMeasures: measures },
        step('escalation', today, { details: { measures: event.measures } }),
        'hazard_escalated',
        event.measures.includes('dishonest'),
      );
    }
  }
}

/** The 现场验收 happened after its 10-day window: recorded, and flagged for oversight. */
export function acceptanceLate(h: Pick<HazardSnapshot, 'acceptedOn' | 'acceptanceDue'>): boolean {
  return h.acceptedOn !== null && h.acceptanceDue !== null && h.acceptedOn > h.acceptanceDue;
}

/** Events the hazard accepts in its current state (for the portal's buttons). */
export function nextEvents(h: Pick<HazardSnapshot, 'severity' | 'status'>): HazardEventType[] {
  return (Object.keys(LEGAL_FROM) as HazardEventType[]).filter((type) => LEGAL_FROM[type].severity === h.severity && LEGAL_FROM[type].from.includes(h.status));
}
