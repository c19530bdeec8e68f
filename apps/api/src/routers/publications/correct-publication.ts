import { correctPublication } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCorrectPublicationRequest } from './publication.schema.js';

/** 更正公示: a new record pointing at the old one, which stays published as it was. */
export const correctPublicationRoute = abilityMutation
  .input(ZCorrectPublicationRequest)
  .mutation(({ ctx, input }) => correctPublication(ctx, input.id, input.reason));
