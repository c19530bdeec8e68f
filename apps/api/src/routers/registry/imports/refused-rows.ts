import { getRefusedRows } from '@liancha/db';
import { writeRefusedRows, type RefusedRow } from '@liancha/registry-io';
import { abilityQuery } from '../../../trpc/init.js';
import { fileResponse } from './file-response.js';
import { jobFound } from './job-not-found.js';
import { ZRefusedRowsRequest } from './import.schema.js';

/** The rows a preview refused, as written, with an error column: fixed by the clerk and imported again. */
export const refusedRowsRoute = abilityQuery.input(ZRefusedRowsRequest).query(async ({ ctx, input }) => {
  const job = jobFound(await getRefusedRows(ctx.db, ctx.scope, input.jobId, ctx.actor.userId));
  const bytes = await writeRefusedRows(job.kind, job.refused as RefusedRow[], input.format);
  return fileResponse(bytes, job.kind, input.format, '（未导入的行）');
});
