import { advanceCheck } from '../../checks/advance-check.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZStartRequest } from './check.schema.js';

/** The joint team's visit begins (one visit for all agencies), not before the day its notice named. */
export const startCheckRoute = abilityMutation.input(ZStartRequest).mutation(async ({ ctx, input }) => {
  const { status } = await advanceCheck(ctx, input.checkId, { step: 'start', on: input.on });
  return { status };
});

/** The visit ends; the 20-working-day publication clock starts from this date. */
export const finishCheckRoute = abilityMutation.input(ZStartRequest).mutation(async ({ ctx, input }) => {
  const { status } = await advanceCheck(ctx, input.checkId, { step: 'finish', on: input.on });
  return { status };
});
