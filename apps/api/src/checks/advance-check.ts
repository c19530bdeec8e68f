import { updateCheck, type CheckRow } from '@liancha/db';
import type { MutationContext } from '../trpc/mutation-context.js';
import { loadCheck } from './load-check.js';
import { nextCheckStatus } from './check-state.js';
import { assertCheckStep } from './check-steps.js';

export type LoadedCheck = Awaited<ReturnType<typeof loadCheck>>;
type CheckPatch = Partial<Pick<CheckRow, 'scheduledOn' | 'startedOn' | 'endedOn' | 'notice'>>;

/**
 * The visit steps (notify, start, finish): the check moves on to the step's next status with the step's
 * own fields, and the audit row records the status change and `audited` (the fields worth a trail).
 */
export async function advanceCheck<P extends CheckPatch>(
  ctx: MutationContext,
  checkId: string,
  step: 'notify' | 'start' | 'finish',
  change: (loaded: LoadedCheck) => { patch: P; audited: CheckPatch },
) {
  const loaded = await loadCheck(ctx, checkId);
  const { check } = loaded;
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, step);
  const status = nextCheckStatus(check.status, step);
  const { patch, audited } = change(loaded);
  await updateCheck(ctx.db, ctx.scope, check.id, { status, ...patch }, ctx.now());
  await ctx.audit.record({
    action: `check.${step}`,
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status, ...audited },
  });
  return { status, patch };
}
