import { listInspectors, listItems, listObjects } from '@liancha/db';
import { writeRegistryFile } from '@liancha/registry-io';
import { referenceDataFor } from '../../../registry/import/reference-data.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityQuery } from '../../../trpc/init.js';
import { canRead } from '../../../trpc/access.js';
import { fileResponse } from './file-response.js';
import { ZRegistryFileRequest } from './import.schema.js';

const EXPORT_MAX_ROWS = 100_000;

/**
 * The caller's agency's registry as a spreadsheet in the import template's shape, so
 * an edited export can be imported back. Formula-like text is neutralised.
 */
export const exportRegistryRoute = abilityQuery.input(ZRegistryFileRequest).query(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const reference = await referenceDataFor(ctx.db, ctx.scope, agencyId);
  const page = { page: 1, pageSize: EXPORT_MAX_ROWS } as const;
  let bytes: Uint8Array;
  if (input.kind === 'object') {
    const { rows } = await listObjects(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), {
      ...page,
      sort: { field: 'uscc', direction: 'asc' },
      filter: { supervisedBy: agencyId },
    });
    bytes = await writeRegistryFile('object', rows, input.format, { reference });
  } else if (input.kind === 'inspector') {
    const { rows } = await listInspectors(ctx.db, ctx.scope, canRead(ctx.ability, 'Inspector'), {
      ...page,
      sort: { field: 'certificateNo', direction: 'asc' },
      filter: { agencyId },
    });
    const records = rows.map((r) => ({ ...r, unitCode: r.unitId ? (reference.unitCodes.get(r.unitId) ?? null) : null }));
    bytes = await writeRegistryFile('inspector', records, input.format, { reference });
  } else {
    const { rows } = await listItems(ctx.db, ctx.scope, canRead(ctx.ability, 'InspectionItem'), {
      ...page,
      sort: { field: 'code', direction: 'asc' },
      filter: { agencyId },
    });
    bytes = await writeRegistryFile('inspectionItem', rows, input.format, { reference });
  }
  return fileResponse(bytes, input.kind, input.format, '');
});
