import { changeRiskClass } from '../../credit/credit-records.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZChangeRiskClassRequest } from './credit.schema.js';

/** Change the risk/credit class the next draw stratifies by; the reason is mandatory and kept. */
export const changeRiskClassRoute = abilityMutation
  .input(ZChangeRiskClassRequest)
  .mutation(({ ctx, input }) => changeRiskClass(ctx, input.objectId, input.riskClass, input.reason));
