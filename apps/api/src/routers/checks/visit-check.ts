import { updateCheck } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { loadCheck } from '../../checks/load-check.js';
import { nextCheckStatus } from '../../checks/check-state.js';
import { assertCheckStep } from '../../checks/check-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZStartRequest } from './check.schema.js';

/** The joint team's visit begins (one visit for all agencies). */
export const startCheckRoute = abilityMutation.input(ZStartRequest).mutation(async ({ ctx, input }) => {
  const loaded = await loadCheck(ctx, input.checkId);
  const { check } = loaded;
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'start');
  const status = nextCheckStatus(check.status, 'start');
  await updateCheck(ctx.db, ctx.scope, check.id, { status, startedOn: input.on }, ctx.now());
  await ctx.audit.record({
    action: 'check.start',
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status, startedOn: input.on },
  });
  return { status };
});

/** The visit ends; the 20-working-day publication clock starts from this date. */
export const finishCheckRoute = abilityMutation.input(ZStartRequest).mutation(async ({ ctx, input }) => {
  const loaded = await loadCheck(ctx, input.checkId);
  const { check } = loaded;
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'finish');
  const status = nextCheckStatus(check.status, 'finish');
  if (check.startedOn && input.on < check.startedOn) throw new DomainError('bad_request', '结束日期不能早于开始日期', { reason: 'check_dates' });
  await updateCheck(ctx.db, ctx.scope, check.id, { status, endedOn: input.on }, ctx.now());
  await ctx.audit.record({
    action: 'check.finish',
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status, endedOn: input.on },
  });
  return { status };
});
