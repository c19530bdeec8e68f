import { lockImportJobRecords, markImportCommitted } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { commitImport, type StoredRow } from '../../../registry/import/commit-import.js';
import { referenceDataFor } from '../../../registry/import/reference-data.js';
import { assertCanWriteRegistry } from '../../../registry/import/registry-subject.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { jobFound } from './job-not-found.js';
import { ZImportJobRequest } from './import.schema.js';

/**
 * Step 2: write the previewed rows, all or nothing. A preview with any faulty row is
 * not committed (fix the file and upload again), so an import never half-applies.
 */
export const commitImportRoute = abilityMutation.input(ZImportJobRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const job = jobFound(await lockImportJobRecords(ctx.db, ctx.scope, input.jobId, ctx.actor.userId));
  assertCanWriteRegistry(ctx.ability, job.kind, ctx.scope.regionCode, agencyId);
  if (job.status === 'committed') throw new DomainError('conflict', '该批数据已导入，无需重复提交', { reason: 'import_committed' });
  if (job.status === 'parsing') throw new DomainError('precondition_failed', '文件仍在校验中，请稍候', { reason: 'import_parsing' });
  if (job.status === 'failed') throw new DomainError('precondition_failed', '文件校验失败，不能导入', { reason: 'import_failed' });
  if (job.issueCount > 0) {
    throw new DomainError('precondition_failed', `文件中有 ${job.issueCount} 处错误，请修改后重新上传；本次未导入任何数据`, { reason: 'import_has_issues' });
  }
  const fields = (job.summary?.fields ?? []) as string[];
  const { unitIds } = await referenceDataFor(ctx.db, ctx.scope, agencyId);
  const summary = await commitImport(
    { db: ctx.db, scope: ctx.scope, agencyId, audit: ctx.audit, now: ctx.now(), unitIds },
    job.kind,
    (job.records ?? []) as StoredRow<unknown>[],
    fields,
  );
  await markImportCommitted(ctx.db, ctx.scope, job.id, { ...job.summary, ...summary }, ctx.now());
  await ctx.audit.record({
    action: 'import.commit',
    subjectKind: 'importJob',
    subjectId: job.id,
    after: { kind: job.kind, filename: job.filename, fileSha256: job.fileSha256, ...summary },
  });
  return summary;
});
