import { listTags } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { ZListTagsRequest } from './tag.schema.js';

/** Tags are the region's shared vocabulary; every logged-in user of the region reads them. */
export const listTagsRoute = abilityQuery.input(ZListTagsRequest).query(({ ctx, input }) => listTags(ctx.db, ctx.scope, input));
