import { archiveInspector, getInspector } from '@liancha/db';
import { archiveRegistryRow } from '../../../registry/archive-registry-row.js';
import { abilityMutation } from '../../../trpc/init.js';
import { canRead, found } from '../../../trpc/access.js';
import { ZIdRequest } from '../../../trpc/schemas.js';

export const archiveInspectorRoute = abilityMutation
  .input(ZIdRequest)
  .mutation(({ ctx, input }) =>
    archiveRegistryRow(ctx, input.id, {
      subject: 'Inspector',
      auditKind: 'inspector',
      alreadyArchived: '该执法检查人员已归档',
      load: async (c, id) => found(await getInspector(c.db, c.scope, canRead(c.ability, 'Inspector'), id), 'Inspector'),
      archive: (c, id, at) => archiveInspector(c.db, c.scope, id, at),
    }),
  );
