import { liftDishonest } from '../../credit/credit-records.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZDishonestRequest } from './credit.schema.js';

/** 移出失信名单 (信用修复), with the reason in the credit record. */
export const liftDishonestRoute = abilityMutation.input(ZDishonestRequest).mutation(({ ctx, input }) => liftDishonest(ctx, input.objectId, input.reason));
