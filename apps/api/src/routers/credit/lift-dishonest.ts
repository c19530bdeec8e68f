import { liftDishonest } from '../../credit/credit-records.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZLiftDishonestRequest } from './credit.schema.js';

/** 移出失信名单 (信用修复), with the reason in the credit record. */
export const liftDishonestRoute = abilityMutation.input(ZLiftDishonestRequest).mutation(({ ctx, input }) => liftDishonest(ctx, input.objectId, input.reason));
