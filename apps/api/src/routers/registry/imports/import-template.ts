import { templateFile } from '@liancha/registry-io';
import { referenceDataFor } from '../../../registry/import/reference-data.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityQuery } from '../../../trpc/init.js';
import { ZRegistryFileRequest } from './import.schema.js';
import { fileResponse } from './file-response.js';

/** An empty template with the Chinese headers (and the region's codes as examples). */
export const importTemplateRoute = abilityQuery.input(ZRegistryFileRequest).query(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const reference = await referenceDataFor(ctx.db, ctx.scope, agencyId);
  return fileResponse(await templateFile(input.kind, input.format, { reference }), input.kind, input.format, '导入模板');
});
