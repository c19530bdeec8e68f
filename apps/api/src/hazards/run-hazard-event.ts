import { getHazard, insertHazardStep, listHazardSteps, updateHazard, type HazardRow } from '@liancha/db';
import { dateInShanghai, DomainError, ESCALATION_MEASURE_LABELS, hazardNextStep, LISTING_LEVEL_LABELS } from '@liancha/domain';
import { hazardAttachments } from '../attachments/hazard-attachments.js';
import { markDishonest, recordCredit } from '../credit/credit-records.js';
import type { MutationContext } from '../trpc/mutation-context.js';
import { canRead, found } from '../trpc/access.js';
import { assertHazardEvent, hazardCan } from './hazard-permissions.js';
import { applyHazardEvent, type HazardEvent, type HazardTransition } from './hazard-state.js';
import { presentHazard, snapshotOf, type HazardDetail } from './hazard-view.js';

/**
 * One step of a hazard's workflow: load it (locked) through the caller's abilities, check the
 * verb the step needs, let the state machine decide, then write the row, the timeline step,
 * the credit consequence and the audit event — all in the mutation's transaction.
 */
export async function runHazardEvent(ctx: MutationContext, id: string, event: HazardEvent): Promise<HazardDetail> {
  const before = found(await getHazard(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), id, { forUpdate: true }), 'Hazard');
  const now = ctx.now();
  assertHazardEvent(ctx.ability, before, event.type, dateInShanghai(now));
  const transition = applyHazardEvent(snapshotOf(before), event, { now, userId: ctx.actor.userId });

  if (!(await updateHazard(ctx.db, ctx.scope, id, before.status, transition.patch, now))) {
    throw new DomainError('conflict', '隐患状态已被他人更新，请刷新后重试', { reason: 'hazard.concurrent_update' });
  }
  const stepId = await insertHazardStep(ctx.db, ctx.scope, id, transition.step, ctx.actor.userId, now);
  await ctx.audit.record({
    action: `hazard.${event.type}`,
    subjectKind: 'hazard',
    subjectId: id,
    before: { status: before.status },
    after: { ...transition.patch, stepId, step: transition.step },
  });
  if (transition.credit) {
    await recordCredit(ctx, {
      objectId: before.objectId,
      agencyId: before.agencyId,
      kind: transition.credit,
      sourceId: id,
      previousClass: null,
      newClass: null,
      reason: creditReason(before, transition, event),
    });
  }
  if (transition.marksDishonest) {
    await markDishonest(ctx, before.objectId, `重大事故隐患逾期未整改，升级处置纳入失信名单：${event.note}`, { sourceId: id, ifAlready: 'skip' });
  }
  return loadHazardDetail(ctx, id);
}

export async function loadHazardDetail(ctx: Pick<MutationContext, 'db' | 'scope' | 'ability' | 'now'>, id: string): Promise<HazardDetail> {
  const row = found(await getHazard(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), id), 'Hazard');
  const steps = await listHazardSteps(ctx.db, ctx.scope, id);
  const attachments = await hazardAttachments(
    ctx.db,
    ctx.scope,
    id,
    steps.map((s) => s.id),
  );
  const today = dateInShanghai(ctx.now());
  return {
    ...presentHazard(row, today),
    steps,
    attachments,
    can: hazardCan(ctx.ability, row, today),
    next: hazardNextStep({ ...row, planFiled: row.planFiledAt !== null }),
  };
}

function creditReason(hazard: HazardRow, transition: HazardTransition, event: HazardEvent): string {
  const p = transition.patch;
  switch (transition.credit) {
    case 'hazard_listed':
      return `重大事故隐患挂牌督办（${LISTING_LEVEL_LABELS[p.listingLevel ?? 'county']}，督办单位：${p.supervisingBody ?? ''}，督办期限：${p.listingDeadline ?? ''}）：${hazard.description}`;
    case 'hazard_escalated': {
      const measures = event.type === 'escalate' ? event.measures.map((m) => ESCALATION_MEASURE_LABELS[m]).join('、') : '';
      return `重大事故隐患逾期未整改，升级处置（${measures}）：${event.note}`;
    }
    case 'hazard_written_off':
      return `重大事故隐患整改验收合格，已核销并同意恢复生产经营：${hazard.description}`;
    default:
      return event.note;
  }
}
