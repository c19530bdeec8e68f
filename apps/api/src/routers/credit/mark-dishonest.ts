import { markDishonest } from '../../credit/credit-records.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZDishonestRequest } from './credit.schema.js';

/** 纳入失信名单 (joint punishment) until a stated date, with the reason in the credit record. */
export const markDishonestRoute = abilityMutation
  .input(ZDishonestRequest)
  .mutation(({ ctx, input }) => markDishonest(ctx, input.objectId, input.reason, { ifAlready: 'refuse', until: input.until }));
