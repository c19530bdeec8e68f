import { DomainError } from '@liancha/domain';
import { advanceCheck } from '../../checks/advance-check.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZStartRequest } from './check.schema.js';

/** The joint team's visit begins (one visit for all agencies). */
export const startCheckRoute = abilityMutation.input(ZStartRequest).mutation(async ({ ctx, input }) => {
  const { status } = await advanceCheck(ctx, input.checkId, 'start', () => ({ patch: { startedOn: input.on }, audited: { startedOn: input.on } }));
  return { status };
});

/** The visit ends; the 20-working-day publication clock starts from this date. */
export const finishCheckRoute = abilityMutation.input(ZStartRequest).mutation(async ({ ctx, input }) => {
  const { status } = await advanceCheck(ctx, input.checkId, 'finish', ({ check }) => {
    if (check.startedOn && input.on < check.startedOn) throw new DomainError('bad_request', '结束日期不能早于开始日期', { reason: 'check_dates' });
    return { patch: { endedOn: input.on }, audited: { endedOn: input.on } };
  });
  return { status };
});
