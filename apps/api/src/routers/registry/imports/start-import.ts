import { createHash } from 'node:crypto';
import { insertImportJob } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { referenceDataFor } from '../../../registry/import/reference-data.js';
import { assertCanWriteRegistry } from '../../../registry/import/registry-subject.js';
import { runImportParse } from '../../../registry/import/run-import-parse.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { ZStartImportRequest } from './import.schema.js';

/**
 * Step 1 of an import (the dry run): store a job and parse the file in the background.
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
  const reference = await referenceDataFor(ctx.db, ctx.scope, agencyId);
  const today = dateInShanghai(ctx.now());
  const log = ctx.log;
  ctx.afterCommit(
    (db) =>
      void runImportParse(
        db,
        { jobId, agencyId, scope: ctx.scope, kind: input.kind, filename: input.filename, bytes, reference, today, sheet: input.sheet },
        log,
      ),
  );
  return { jobId };
});
