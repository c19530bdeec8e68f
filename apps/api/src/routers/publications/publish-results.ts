import { publishCheckResults } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZPublishResultsRequest } from './publication.schema.js';

export const publishResultsRoute = abilityMutation
  .input(ZPublishResultsRequest)
  .mutation(({ ctx, input }) => publishCheckResults(ctx, input.checkId, input.agencyId));
