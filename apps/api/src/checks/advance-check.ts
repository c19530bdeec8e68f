import { taskWindow, updateCheck } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { issueActivationCode } from '../enterprise/activation-codes.js';
import { loadCheck } from './load-check.js';
import { nextCheckStatus } from './check-state.js';
import { assertCheckStep } from './check-steps.js';
import { visitPatch, type CheckPatch, type VisitFacts, type VisitInput } from './visit-patch.js';

/** One check moves on to the step's next status with the step's own fields, and the audit row records the change. */
export async function applyVisit(ctx: MutationContext, facts: VisitFacts, input: VisitInput, window: Parameters<typeof visitPatch>[2]) {
  const { check } = facts;
  const status = nextCheckStatus(check.status, input.step);
  const { patch, audited } = visitPatch(facts, input, window, dateInShanghai(ctx.now()));
  if (patch.notice) {
    // Every notice carries a one-time code that opens the enterprise's own area (printed, never stored plain elsewhere).
    const activation = await issueActivationCode(ctx.db, ctx.scope, {
      objectId: check.objectId,
      source: 'notice',
      checkId: check.id,
      issuedBy: ctx.actor.userId,
      now: ctx.now(),
    });
    patch.notice = { ...patch.notice, activationCode: activation.code, activationExpiresOn: activation.expiresOn };
  }
  await updateCheck(ctx.db, ctx.scope, check.id, { status, ...patch }, ctx.now());
  await ctx.audit.record({
    action: `check.${input.step}`,
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status, ...(audited satisfies CheckPatch) },
  });
  return { status, patch };
}

/** The visit steps of one check (notify, start, finish), as its page takes them. */
export async function advanceCheck(ctx: MutationContext, checkId: string, input: VisitInput) {
  const loaded = await loadCheck(ctx, checkId);
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, input.step);
  return applyVisit(ctx, loaded, input, await taskWindow(ctx.db, ctx.scope, loaded.check.taskId));
}
