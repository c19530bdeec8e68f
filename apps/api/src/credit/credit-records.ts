import { assertCanUpdate } from '@liancha/authz';
import { getObject, insertCreditRecord, setObjectDishonest, setObjectRiskClass, type CreditRecordFields, type ObjectRow, type RiskClass } from '@liancha/db';
import { dateInShanghai, DomainError, RISK_CLASS_LABELS } from '@liancha/domain';
import { canRead, found } from '../trpc/access.js';
import type { MutationContext } from '../trpc/mutation-context.js';

/**
 * Append one entry to the object's credit record, audited. Credit records are children of the
 * object: whoever may take the step that causes them (publish a sanction, list a hazard …)
 * writes them; nobody edits or deletes them.
 */
export async function recordCredit(ctx: MutationContext, record: CreditRecordFields): Promise<string> {
  const id = await insertCreditRecord(ctx.db, ctx.scope, record, ctx.actor.userId, ctx.now());
  await ctx.audit.record({ action: `creditRecord.${record.kind}`, subjectKind: 'creditRecord', subjectId: id, after: record });
  return id;
}

/** The object through the caller's abilities, checked for changing `field` (credit changes are edits of the directory row). */
async function objectForCreditChange(ctx: MutationContext, objectId: string, patch: Record<string, unknown>): Promise<ObjectRow> {
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), objectId), 'Object');
  assertCanUpdate(ctx.ability, 'Object', object, patch);
  return object;
}

/** Change the risk/credit class the next draw uses; the reason is mandatory and kept in the credit record. */
export async function changeRiskClass(
  ctx: MutationContext,
  objectId: string,
  riskClass: RiskClass,
  reason: string,
): Promise<{ previousClass: RiskClass; riskClass: RiskClass; creditRecordId: string }> {
  const object = await objectForCreditChange(ctx, objectId, { riskClass });
  if (object.riskClass === riskClass) {
    throw new DomainError('conflict', `该企业的风险等级已是${RISK_CLASS_LABELS[riskClass]}，无需调整`, {
      reason: 'credit.same_class',
      issues: [{ field: 'riskClass', message: '与当前等级相同' }],
    });
  }
  const now = ctx.now();
  await setObjectRiskClass(ctx.db, ctx.scope, objectId, riskClass, now);
  await ctx.audit.record({
    action: 'object.changeRiskClass',
    subjectKind: 'object',
    subjectId: objectId,
    before: { riskClass: object.riskClass },
    after: { riskClass, reason },
  });
  const creditRecordId = await recordCredit(ctx, {
    objectId,
    agencyId: ctx.actor.agencyId,
    kind: 'class_change',
    sourceId: null,
    previousClass: object.riskClass,
    newClass: riskClass,
    reason,
  });
  return { previousClass: object.riskClass, riskClass, creditRecordId };
}

/** Puts the object on (or takes it off) the 失信 list: the flag, its audit row and its credit record. */
async function setDishonest(
  ctx: MutationContext,
  objectId: string,
  dishonest: boolean,
  reason: string,
  sourceId: string | null,
  until: string | null = null,
): Promise<string> {
  await setObjectDishonest(ctx.db, ctx.scope, objectId, dishonest, ctx.now(), until);
  await ctx.audit.record({
    action: dishonest ? 'object.markDishonest' : 'object.liftDishonest',
    subjectKind: 'object',
    subjectId: objectId,
    before: { dishonest: !dishonest },
    after: dishonest ? { dishonest, until, reason } : { dishonest, reason },
  });
  return recordCredit(ctx, {
    objectId,
    agencyId: ctx.actor.agencyId,
    kind: dishonest ? 'dishonest' : 'dishonest_lifted',
    sourceId,
    previousClass: null,
    newClass: null,
    reason,
  });
}

/**
 * Mark 失信 (joint punishment). `ifAlready: 'refuse'` for an explicit marking; 'skip' when a
 * hazard escalation asks for it and the object is already on the list.
 */
export async function markDishonest(
  ctx: MutationContext,
  objectId: string,
  reason: string,
  options: { sourceId?: string | null; ifAlready: 'refuse' | 'skip'; until?: string | null },
): Promise<{ creditRecordId: string | null }> {
  const until = options.until ?? null;
  const today = dateInShanghai(ctx.now());
  if (until !== null && until <= today) {
    throw new DomainError('bad_request', `失信结束日期（${until}）应晚于今天（${today}）`, {
      reason: 'credit.bad_until',
      issues: [{ field: 'until', message: '应晚于今天' }],
    });
  }
  const object = await objectForCreditChange(ctx, objectId, { dishonest: true });
  if (object.dishonest) {
    if (options.ifAlready === 'skip') return { creditRecordId: null };
    throw new DomainError('conflict', `“${object.name}”已在失信名单中`, { reason: 'credit.already_dishonest' });
  }
  const noted = until === null ? reason : `${reason}（失信至${until}）`;
  return { creditRecordId: await setDishonest(ctx, objectId, true, noted, options.sourceId ?? null, until) };
}

/** Lift 失信 (信用修复), with the reason kept in the credit record. */
export async function liftDishonest(ctx: MutationContext, objectId: string, reason: string): Promise<{ creditRecordId: string }> {
  const object = await objectForCreditChange(ctx, objectId, { dishonest: false });
  if (!object.dishonest) throw new DomainError('conflict', `“${object.name}”不在失信名单中，无需移出`, { reason: 'credit.not_dishonest' });
  const creditRecordId = await setDishonest(ctx, objectId, false, reason, null);
  return { creditRecordId };
}
