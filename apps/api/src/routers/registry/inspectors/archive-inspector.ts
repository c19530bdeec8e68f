import { archiveRegistryRow } from '../../../registry/archive-registry-row.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveInspectorRoute = abilityMutation.input(ZIdRequest).mutation(({ ctx, input }) => archiveRegistryRow(ctx, 'Inspector', input.id));
