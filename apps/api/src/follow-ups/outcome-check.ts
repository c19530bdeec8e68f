import { assertCan, subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import { getObject, getOutcomeCheck, type CheckStatus, type OutcomeCheck, type RegionScope } from '@liancha/db';
import { CHECK_STATUS_LABELS, DomainError } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { caught, enforce, firstRefusal, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { requireAgency } from '../registry/require-agency.js';
import { canRead, found } from '../trpc/access.js';

/** A follow-up, hazard or sanction comes out of an inspection that has actually taken place. */
const INSPECTED: readonly CheckStatus[] = ['in_progress', 'recorded', 'approved', 'closed'];

/**
 * The check an outcome is recorded against, through the caller's abilities (out of reach →
 * NOT_FOUND), refused when, given, `objectId` is not its object. Whether the caller may record
 * the outcome now is `outcomeRefusal`'s answer.
 */
export async function loadOutcomeCheck(ctx: Pick<MutationContext, 'db' | 'scope' | 'ability'>, checkId: string, objectId?: string): Promise<OutcomeCheck> {
  const check = found(await getOutcomeCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'Check'), checkId), 'Check');
  if (objectId !== undefined && check.objectId !== objectId) {
    throw new DomainError('bad_request', '所选检查对象与该次检查的对象不一致', {
      reason: 'check.object_mismatch',
      issues: [{ field: 'objectId', message: '与检查对象不一致' }],
    });
  }
  return check;
}

/** Outcomes recorded against a check: each is its agency's own row (谁检查、谁处置). */
export type OutcomeSubject = 'FollowUpAction' | 'Hazard' | 'Sanction';

/**
 * May the caller's agency record a follow-up, hazard or sanction against this check now? Its
 * ability for the new row (its own agency, the check's task and team), then the check's state:
 * the inspection must have taken place. The create mutations and checks.get's `can` ask this.
 */
export function outcomeRefusal(ctx: { ability: AppAbility; actor: UserActor; scope: RegionScope }, check: OutcomeCheck, type: OutcomeSubject): Refusal {
  return firstRefusal(
    () => caught(() => requireAgency(ctx.actor)),
    () =>
      forbiddenUnless(
        ctx.ability,
        'create',
        subjectOf(type, {
          id: '',
          regionCode: ctx.scope.regionCode,
          checkId: check.id,
          objectId: check.objectId,
          agencyId: ctx.actor.agencyId,
          status: type === 'Sanction' ? 'draft' : 'open',
          taskId: [check.taskId],
          teamInspectorIds: check.teamInspectorIds,
        }),
      ),
    () =>
      INSPECTED.includes(check.status)
        ? null
        : new DomainError('precondition_failed', `检查当前状态为“${CHECK_STATUS_LABELS[check.status]}”，尚未实施检查，不能登记检查后的处置`, {
            reason: 'check.not_inspected',
          }),
  );
}

/**
 * Before a hazard or sanction of the caller's agency is created: its object (through the caller's
 * abilities), its check when it comes from one (outcomeRefusal), then the caller's ability for the
 * new row itself — `fields` are the new row's own fields the rules look at (its first status, a
 * hazard's severity).
 * Returns what ties the new row to its check, object and agency.
 */
export async function authorizeObjectOutcome(
  ctx: MutationContext,
  input: { objectId: string; checkId: string | null },
  type: 'Hazard' | 'Sanction',
  fields: { status: string } & Record<string, unknown>,
) {
  const agencyId = requireAgency(ctx.actor);
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  const check = input.checkId === null ? null : await loadOutcomeCheck(ctx, input.checkId, object.id);
  if (check) enforce(outcomeRefusal(ctx, check, type));
  assertCan(
    ctx.ability,
    'create',
    subjectOf(type, {
      id: '',
      regionCode: ctx.scope.regionCode,
      checkId: check?.id ?? null,
      objectId: object.id,
      agencyId,
      ...fields,
      taskId: check ? [check.taskId] : [],
      teamInspectorIds: check?.teamInspectorIds ?? [],
    }),
  );
  // What ties the new row to its check, object and agency.
  return { checkId: check?.id ?? null, objectId: object.id, agencyId };
}
