import { updateCheck } from '@liancha/db';
import { checkInDateRefusal, checkInUsccRefusal, dateInShanghai, finishDateRefusal, startDateRefusal } from '@liancha/domain';
import { enforce } from '../can/refusal.js';
import type { MutationContext } from '../trpc/mutation-context.js';
import { assertCheckStep } from './check-steps.js';
import { loadCheck } from './load-check.js';

/**
 * 扫码入企 on a drawn check: the inspectors check in at the enterprise by its licence code (the visit
 * starts that day if it has not), check out when they leave (the visit ends that day), and a check
 * without check-in says why before its results are recorded. Times come from the server's clock.
 */
export async function checkIn(ctx: MutationContext, checkId: string, scanned: string) {
  const loaded = await loadCheck(ctx, checkId);
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'checkIn');
  const { check } = loaded;
  enforce(checkInUsccRefusal(scanned, check.uscc));
  const at = ctx.now();
  const today = dateInShanghai(at);
  enforce(checkInDateRefusal(today, loaded.window));
  const starts = check.status !== 'in_progress';
  if (starts) enforce(startDateRefusal(today, check.scheduledOn));
  const patch = { checkedInAt: at, checkedInBy: ctx.actor.userId, ...(starts ? { status: 'in_progress' as const, startedOn: today } : {}) };
  await updateCheck(ctx.db, ctx.scope, check.id, patch, at);
  await ctx.audit.record({
    action: 'check.check_in',
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status: patch.status ?? check.status, checkedInAt: at.toISOString(), ...(starts ? { startedOn: today } : {}) },
  });
  return { status: patch.status ?? check.status, checkedInAt: at };
}

export async function checkOut(ctx: MutationContext, checkId: string) {
  const loaded = await loadCheck(ctx, checkId);
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'checkOut');
  const { check } = loaded;
  const at = ctx.now();
  const today = dateInShanghai(at);
  const ends = check.status === 'in_progress';
  if (ends) enforce(finishDateRefusal(today, check.startedOn));
  const patch = { checkedOutAt: at, checkedOutBy: ctx.actor.userId, ...(ends ? { status: 'recorded' as const, endedOn: today } : {}) };
  await updateCheck(ctx.db, ctx.scope, check.id, patch, at);
  await ctx.audit.record({
    action: 'check.check_out',
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status: patch.status ?? check.status, checkedOutAt: at.toISOString(), ...(ends ? { endedOn: today } : {}) },
  });
  return { status: patch.status ?? check.status, checkedOutAt: at };
}

export async function explainNoCheckIn(ctx: MutationContext, checkId: string, reason: string) {
  const loaded = await loadCheck(ctx, checkId);
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'explainNoCheckIn');
  await updateCheck(ctx.db, ctx.scope, checkId, { noCheckInReason: reason }, ctx.now());
  await ctx.audit.record({ action: 'check.explain_no_check_in', subjectKind: 'check', subjectId: checkId, before: null, after: { noCheckInReason: reason } });
  return { noCheckInReason: reason };
}
