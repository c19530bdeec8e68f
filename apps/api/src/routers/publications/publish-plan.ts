import { publishAnnualPlan } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZPublishPlanRequest } from './publication.schema.js';

export const publishPlanRoute = abilityMutation.input(ZPublishPlanRequest).mutation(({ ctx, input }) => publishAnnualPlan(ctx, input.planId));
