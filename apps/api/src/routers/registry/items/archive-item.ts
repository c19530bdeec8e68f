import { archiveItem, getItem } from '@liancha/db';
import { archiveRegistryRow } from '../../../registry/archive-registry-row.js';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveItemRoute = abilityMutation
  .input(ZIdRequest)
  .mutation(({ ctx, input }) =>
    archiveRegistryRow(ctx, input.id, {
      subject: 'InspectionItem',
      auditKind: 'inspectionItem',
      alreadyArchived: '该抽查事项已归档',
      load: async (c, id) => found(await getItem(c.db, c.scope, canRead(c.ability, 'InspectionItem'), id), 'InspectionItem'),
      archive: (c, id, at) => archiveItem(c.db, c.scope, id, at),
    }),
  );
