import { createHash } from 'node:crypto';
import { insertImportJob } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { assertCanWriteRegistry } from '../../../registry/import/registry-subject.js';
import type { ImportParsePayload } from '../../../registry/import/import-jobs.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZStartImportRequest } from './import.schema.js';

/**
 * Step 1 of an import (the dry run): store a job and queue the file's parsing (a job).
 * Nothing in the registries changes until the user commits the previewed rows.
 */
export const startImportRoute = abilityMutation.input(ZStartImportRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  assertCanWriteRegistry(ctx.ability, input.kind, ctx.scope.regionCode, agencyId);
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const jobId = await insertImportJob(ctx.db, ctx.scope, {
    agencyId,
    userId: ctx.actor.userId,
    kind: input.kind,
    filename: input.filename,
    fileSha256,
    sizeBytes: bytes.byteLength,
  });
  await ctx.audit.record({
    action: 'import.start',
    subjectKind: 'importJob',
    subjectId: jobId,
    after: { kind: input.kind, filename: input.filename, fileSha256, sizeBytes: bytes.byteLength },
  });
  // The file travels with the job: whichever process runs it reads it from there.
  await ctx.enqueue({
    kind: 'import_parse',
    subjectId: jobId,
    input: bytes,
    payload: {
      agencyId,
      userId: ctx.actor.userId,
      kind: input.kind,
      filename: input.filename,
      today: dateInShanghai(ctx.now()),
      ...(input.sheet ? { sheet: input.sheet } : {}),
    } satisfies ImportParsePayload,
  });
  return { jobId };
});
