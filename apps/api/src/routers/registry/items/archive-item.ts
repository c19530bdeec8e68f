import { archiveRegistryRow } from '../../../registry/archive-registry-row.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveItemRoute = abilityMutation.input(ZIdRequest).mutation(({ ctx, input }) => archiveRegistryRow(ctx, 'InspectionItem', input.id));
