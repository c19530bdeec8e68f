import { describe, expect, it } from 'vitest';
import { DomainError, HAZARD_STATUS_LABELS, hazardOverdueFlags as overdueFlags, type HazardSeverity } from '@liancha/domain';
import type { HazardStatus } from '@liancha/db';
import {
  acceptanceLate,
  applyHazardEvent,
  LEGAL_FROM,
  nextEvents,
  windowDue,
  type HazardEvent,
  type HazardEventType,
  type HazardSnapshot,
  type HazardTransition,
} from './hazard-state.js';

/** 2026-03-10 12:00 in China; the machine reads "today" in Asia/Shanghai. */
const NOW = new Date('2026-03-10T04:00:00Z');
const ctx = { now: NOW, userId: 'u-1' };

function hazard(overrides: Partial<HazardSnapshot> = {}): HazardSnapshot {
  return {
    severity: 'ordinary',
    status: 'open',
    foundOn: '2026-03-01',
    rectificationDeadline: '2026-03-20',
    rectifiedOn: null,
    reinspectionDue: null,
    listedAt: null,
    listingDeadline: null,
    planFiledAt: null,
    acceptanceRequestedOn: null,
    acceptanceDue: null,
    acceptedOn: null,
    escalatedAt: null,
    escalationMeasures: [],
    ...overrides,
  };
}

/** Apply and fold the patch back in, as the use case does. */
function step(h: HazardSnapshot, event: HazardEvent, at = ctx): [HazardSnapshot, HazardTransition] {
  const t = applyHazardEvent(h, event, at);
  return [{ ...h, ...t.patch } as HazardSnapshot, t];
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const plan = { responsibility: '企业主要负责人张三', measures: '更换泄压装置', funds: '20万元', timeLimit: '2026-04-30前', contingency: '泄漏应急预案' };

/** One valid event of each type (dates valid for NOW). */
const SAMPLE: { [K in HazardEventType]: Extract<HazardEvent, { type: K }> } = {
  reportRectified: { type: 'reportRectified', on: '2026-03-09', note: '已整改' },
  reinspect: { type: 'reinspect', on: '2026-03-10', passed: true, newDeadline: null, note: '复查合格' },
  putUnderSupervision: { type: 'putUnderSupervision', level: 'county', supervisingBody: '漳平市人民政府安委办', deadline: '2026-04-30', note: '挂牌' },
  filePlan: { type: 'filePlan', plan, note: '方案' },
  reportProgress: { type: 'reportProgress', on: '2026-03-10', note: '进展' },
  requestAcceptance: { type: 'requestAcceptance', on: '2026-03-10', note: '申请' },
  accept: { type: 'accept', on: '2026-03-10', passed: true, note: '验收合格' },
  writeOff: { type: 'writeOff', note: '同意核销' },
  escalate: { type: 'escalate', measures: ['interview'], note: '约谈' },
};

describe('windowDue: 10 days from the deadline or the request, whichever comes first', () => {
  it('runs from the request when it comes before the deadline', () => {
    expect(windowDue('2026-03-20', '2026-03-12')).toBe('2026-03-22');
    expect(windowDue('2026-03-20', '2026-03-20')).toBe('2026-03-30');
  });
  it('runs from the deadline when the request comes after it, inside its window', () => {
    expect(windowDue('2026-03-20', '2026-03-25')).toBe('2026-03-30');
    expect(windowDue('2026-03-20', '2026-03-30')).toBe('2026-03-30');
  });
  it('opens a fresh window for a request made after the deadline window closed', () => {
    expect(windowDue('2026-03-20', '2026-04-15')).toBe('2026-04-25');
  });
  it('runs from the request when there is no deadline, across month ends', () => {
    expect(windowDue(null, '2026-02-25')).toBe('2026-03-07');
  });
});

describe('ordinary hazard', () => {
  it('open → rectified → failed 复查 → open with a new deadline → rectified → 复查 passed', () => {
    let h = hazard();
    let t: HazardTransition;
    [h, t] = step(h, SAMPLE.reportRectified);
    expect(h).toMatchObject({ status: 'rectified', rectifiedOn: '2026-03-09', reinspectionDue: '2026-03-19' });
    expect(t.step).toMatchObject({ kind: 'rectification', reportedOn: '2026-03-09' });

    [h, t] = step(h, { type: 'reinspect', on: '2026-03-10', passed: false, newDeadline: '2026-03-31', note: '仍有隐患' });
    expect(h).toMatchObject({ status: 'open', rectificationDeadline: '2026-03-31', rectifiedOn: null, reinspectionDue: null });
    expect(t.step).toMatchObject({ kind: 'reinspection', outcome: 'failed', newDeadline: '2026-03-31', details: { due: '2026-03-19', late: false } });

    [h] = step(h, { type: 'reportRectified', on: '2026-03-10', note: '再次整改' });
    [h, t] = step(h, SAMPLE.reinspect);
    expect(h).toMatchObject({ status: 'reinspected', reinspectedOn: '2026-03-10' });
    expect(t.step.outcome).toBe('passed');
    expect(t.credit).toBeNull();
    expect(nextEvents(h)).toEqual([]);
  });

  it('a failed 复查 needs a new deadline after the 复查 date', () => {
    const rectified = hazard({ status: 'rectified', rectifiedOn: '2026-03-05', reinspectionDue: '2026-03-15' });
    expect(refusal(() => applyHazardEvent(rectified, { ...SAMPLE.reinspect, passed: false }, ctx))).toMatchObject({
      kind: 'bad_request',
      issues: [{ field: 'newDeadline' }],
    });
    expect(refusal(() => applyHazardEvent(rectified, { ...SAMPLE.reinspect, passed: false, newDeadline: '2026-03-10' }, ctx)).message).toContain(
      '应晚于复查日期',
    );
  });

  it('refuses dates in the future or before the step they follow', () => {
    expect(refusal(() => applyHazardEvent(hazard(), { ...SAMPLE.reportRectified, on: '2026-03-11' }, ctx)).message).toBe(
      '整改完成日期（2026-03-11）不能晚于今天（2026-03-10）',
    );
    expect(refusal(() => applyHazardEvent(hazard(), { ...SAMPLE.reportRectified, on: '2026-02-28' }, ctx)).message).toBe(
      '整改完成日期（2026-02-28）不能早于发现日期（2026-03-01）',
    );
  });

  it('flags a late 复查 on the step', () => {
    const rectified = hazard({ status: 'rectified', rectifiedOn: '2026-02-20', reinspectionDue: '2026-03-02', foundOn: '2026-02-01' });
    expect(applyHazardEvent(rectified, SAMPLE.reinspect, ctx).step.details).toEqual({ due: '2026-03-02', late: true });
  });
});

describe('major hazard', () => {
  it('挂牌督办 → 五落实 → progress → acceptance request → acceptance within 10 days → 核销 with resumption', () => {
    let h = hazard({ severity: 'major' });
    let t: HazardTransition;
    [h, t] = step(h, SAMPLE.putUnderSupervision);
    expect(h).toMatchObject({
      status: 'listed',
      listingLevel: 'county',
      supervisingBody: '漳平市人民政府安委办',
      listingDeadline: '2026-04-30',
      listedAt: NOW,
    });
    expect(t.credit).toBe('hazard_listed');
    expect(t.step).toMatchObject({ kind: 'listing', reportedOn: '2026-03-10', details: { level: 'county', deadline: '2026-04-30' } });

    [h, t] = step(h, SAMPLE.filePlan);
    expect(h).toMatchObject({ status: 'listed', planResponsibility: plan.responsibility, planContingency: plan.contingency, planFiledAt: NOW });
    expect(t.step).toMatchObject({ kind: 'plan', details: { plan, revision: false } });

    [h, t] = step(h, SAMPLE.reportProgress);
    [h, t] = step(h, SAMPLE.reportProgress);
    expect(h.status).toBe('listed');
    expect(t.step.kind).toBe('progress');

    [h, t] = step(h, SAMPLE.requestAcceptance);
    expect(h).toMatchObject({ status: 'acceptance_requested', acceptanceRequestedOn: '2026-03-10', acceptanceDue: '2026-03-20' });

    const later = { now: new Date('2026-03-18T02:00:00Z'), userId: 'u-2' };
    [h, t] = step(h, { type: 'accept', on: '2026-03-18', passed: true, note: '现场验收合格' }, later);
    expect(h).toMatchObject({ status: 'accepted', acceptedOn: '2026-03-18', acceptedBy: 'u-2' });
    expect(t.step.details).toEqual({ due: '2026-03-20', late: false });
    expect(acceptanceLate(h)).toBe(false);

    [h, t] = step(h, SAMPLE.writeOff, later);
    expect(h).toMatchObject({ status: 'written_off', writtenOffAt: later.now, resumptionApprovedBy: 'u-2', resumptionApprovedAt: later.now });
    expect(t.credit).toBe('hazard_written_off');
    expect(nextEvents(h)).toEqual([]);
  });

  it('escalates only once the 督办 deadline has passed, and can still be accepted afterwards', () => {
    const listed = hazard({
      severity: 'major',
      status: 'listed',
      listedAt: new Date('2026-01-05T02:00:00Z'),
      listingDeadline: '2026-03-10',
      planFiledAt: new Date('2026-01-10T02:00:00Z'),
    });
    expect(refusal(() => applyHazardEvent(listed, SAMPLE.escalate, ctx))).toMatchObject({
      kind: 'precondition_failed',
      reason: 'hazard.not_overdue',
      message: '隐患当前状态为“挂牌督办中”，督办期限（2026-03-10）尚未届满，不能升级处置',
    });

    const nextDay = { now: new Date('2026-03-11T02:00:00Z'), userId: 'u-1' };
    let [h, t] = step(listed, { type: 'escalate', measures: ['licence_suspension', 'dishonest'], note: '逾期未整改' }, nextDay);
    expect(h).toMatchObject({ status: 'escalated', escalationNote: '逾期未整改', escalationMeasures: ['licence_suspension', 'dishonest'] });
    expect(t).toMatchObject({ credit: 'hazard_escalated', marksDishonest: true });
    expect(overdueFlags(h, '2026-03-11')).toEqual(['listing_overdue']);

    [h] = step(h, { type: 'escalate', measures: ['interview', 'dishonest'], note: '再次约谈' }, nextDay);
    expect(h.escalationMeasures).toEqual(['licence_suspension', 'dishonest', 'interview']);

    // A request after the deadline window closed opens a fresh window.
    [h] = step(h, { type: 'requestAcceptance', on: '2026-03-25', note: '整改完成' }, { now: new Date('2026-03-25T02:00:00Z'), userId: 'u-1' });
    expect(h).toMatchObject({ status: 'acceptance_requested', acceptanceDue: '2026-04-04' });
    // 验收不合格 returns it to escalated (it had been escalated), clearing the request.
    [h, t] = step(h, { type: 'accept', on: '2026-03-26', passed: false, note: '验收不合格' }, { now: new Date('2026-03-26T02:00:00Z'), userId: 'u-1' });
    expect(h).toMatchObject({ status: 'escalated', acceptanceRequestedOn: null, acceptanceDue: null });
    expect(t.step.outcome).toBe('failed');
  });

  it('a failed acceptance of a listed hazard returns it to listed', () => {
    const requested = hazard({
      severity: 'major',
      status: 'acceptance_requested',
      listedAt: NOW,
      listingDeadline: '2026-04-30',
      planFiledAt: NOW,
      acceptanceRequestedOn: '2026-03-10',
      acceptanceDue: '2026-03-20',
    });
    expect(applyHazardEvent(requested, { ...SAMPLE.accept, passed: false }, ctx).patch.status).toBe('listed');
  });

  it('refuses an acceptance request without the 五落实 plan, naming the state', () => {
    const listed = hazard({ severity: 'major', status: 'listed', listedAt: NOW, listingDeadline: '2026-04-30' });
    expect(refusal(() => applyHazardEvent(listed, SAMPLE.requestAcceptance, ctx))).toMatchObject({
      kind: 'precondition_failed',
      reason: 'hazard.plan_missing',
      message: '隐患当前状态为“挂牌督办中”，尚未报备五落实整改方案（责任、措施、资金、时限、预案），不能申请验收',
    });
  });

  it('refuses an incomplete 五落实 plan, naming each missing part', () => {
    const listed = hazard({ severity: 'major', status: 'listed', listedAt: NOW, listingDeadline: '2026-04-30' });
    const error = refusal(() => applyHazardEvent(listed, { type: 'filePlan', plan: { ...plan, funds: ' ', contingency: '' }, note: '' }, ctx));
    expect(error).toMatchObject({ kind: 'bad_request', reason: 'hazard.plan_incomplete', message: '五落实整改方案不完整，缺少：资金、预案' });
    expect(error.issues.map((i) => i.field)).toEqual(['plan.funds', 'plan.contingency']);
  });

  it('flags an acceptance after its window, and refuses one before the request', () => {
    const requested = hazard({
      severity: 'major',
      status: 'acceptance_requested',
      listedAt: new Date('2026-01-05T02:00:00Z'),
      listingDeadline: '2026-02-20',
      planFiledAt: NOW,
      acceptanceRequestedOn: '2026-02-15',
      acceptanceDue: '2026-02-25',
    });
    const [h, t] = step(requested, SAMPLE.accept);
    expect(t.step.details).toEqual({ due: '2026-02-25', late: true });
    expect(acceptanceLate(h)).toBe(true);
    expect(refusal(() => applyHazardEvent(requested, { ...SAMPLE.accept, on: '2026-02-14' }, ctx)).message).toBe(
      '验收日期（2026-02-14）不能早于申请验收日期（2026-02-15）',
    );
  });

  it('refuses a 督办 deadline in the past', () => {
    expect(refusal(() => applyHazardEvent(hazard({ severity: 'major' }), { ...SAMPLE.putUnderSupervision, deadline: '2026-03-09' }, ctx))).toMatchObject({
      kind: 'bad_request',
      issues: [{ field: 'listingDeadline' }],
    });
  });
});

describe('illegal transitions', () => {
  const STATES: [HazardSeverity, HazardStatus][] = [
    ['ordinary', 'open'],
    ['ordinary', 'rectified'],
    ['ordinary', 'reinspected'],
    ['major', 'open'],
    ['major', 'listed'],
    ['major', 'acceptance_requested'],
    ['major', 'accepted'],
    ['major', 'written_off'],
    ['major', 'escalated'],
  ];
  const cases = STATES.flatMap(([severity, status]) =>
    (Object.keys(SAMPLE) as HazardEventType[])
      .filter((type) => !(LEGAL_FROM[type].severity === severity && LEGAL_FROM[type].from.includes(status)))
      .map((type) => [severity, status, type] as const),
  );

  it('covers every refused pair (9 states × 9 events minus the 13 legal ones)', () => {
    expect(cases).toHaveLength(9 * 9 - 13);
  });

  it.each(cases)('%s %s refuses %s, naming the current state', (severity, status, type) => {
    const h = hazard({ severity, status, listedAt: NOW, listingDeadline: '2026-03-01', planFiledAt: NOW });
    const error = refusal(() => applyHazardEvent(h, SAMPLE[type], ctx));
    expect(error.kind).toBe('precondition_failed');
    expect(['hazard.illegal_transition', 'hazard.wrong_severity']).toContain(error.reason);
    expect(error.message).toContain(`“${HAZARD_STATUS_LABELS[status]}”`);
  });

  it('says which severity and which states would be needed', () => {
    expect(refusal(() => applyHazardEvent(hazard(), SAMPLE.putUnderSupervision, ctx)).message).toBe(
      '该隐患为一般隐患（当前状态“待整改”），不能挂牌督办：仅重大事故隐患可以挂牌督办',
    );
    expect(refusal(() => applyHazardEvent(hazard({ severity: 'major', status: 'listed' }), SAMPLE.writeOff, ctx)).message).toBe(
      '隐患当前状态为“挂牌督办中”，不能核销并同意恢复生产经营：仅“验收合格（待核销）”状态可以核销并同意恢复生产经营',
    );
    expect(refusal(() => applyHazardEvent(hazard({ severity: 'major', status: 'accepted' }), SAMPLE.reportProgress, ctx)).message).toBe(
      '隐患当前状态为“验收合格（待核销）”，不能报告整改进展：仅“挂牌督办中”或“已升级处置”状态可以报告整改进展',
    );
  });
});

describe('overdue flags on read', () => {
  const today = '2026-03-10';
  it('flags each kind of deadline only in the state that waits for it', () => {
    expect(overdueFlags(hazard({ rectificationDeadline: '2026-03-09' }), today)).toEqual(['rectification_overdue']);
    expect(overdueFlags(hazard({ rectificationDeadline: '2026-03-10' }), today)).toEqual([]);
    expect(overdueFlags(hazard({ status: 'rectified', rectificationDeadline: '2026-03-01', reinspectionDue: '2026-03-09' }), today)).toEqual([
      'reinspection_overdue',
    ]);
    expect(overdueFlags(hazard({ status: 'reinspected', rectificationDeadline: '2026-03-01', reinspectionDue: '2026-03-02' }), today)).toEqual([]);
    expect(overdueFlags(hazard({ severity: 'major', status: 'listed', listingDeadline: '2026-03-09' }), today)).toEqual(['listing_overdue']);
    expect(
      overdueFlags(hazard({ severity: 'major', status: 'acceptance_requested', listingDeadline: '2026-03-01', acceptanceDue: '2026-03-09' }), today),
    ).toEqual(['acceptance_overdue']);
    expect(overdueFlags(hazard({ severity: 'major', status: 'accepted', listingDeadline: '2026-03-01', acceptanceDue: '2026-03-02' }), today)).toEqual([]);
    expect(overdueFlags(hazard({ severity: 'major', status: 'written_off', listingDeadline: '2026-03-01' }), today)).toEqual([]);
  });
});
