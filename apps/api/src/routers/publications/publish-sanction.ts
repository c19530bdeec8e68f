import { publishSanction } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZPublishSanctionRequest } from './publication.schema.js';

export const publishSanctionRoute = abilityMutation.input(ZPublishSanctionRequest).mutation(({ ctx, input }) => publishSanction(ctx, input.sanctionId));
