import { lockImportJob, markImportCommitting } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import type { VocabularyProposal } from '@liancha/registry-io';
import { decideWords } from '../../../registry/import/decide-words.js';
import { assertCanWriteRegistry } from '../../../registry/import/registry-subject.js';
import type { ImportCommitPayload } from '../../../registry/import/import-jobs.js';
import { requireAgency } from '../../../registry/require-agency.js';
import { abilityMutation } from '../../../trpc/init.js';
import { jobFound } from './job-not-found.js';
import { ZCommitImportRequest } from './import.schema.js';

/**
 * Step 2: the importer's decisions on new words are applied (entries created, mappings kept for
 * the next file) and the rows are written by a queued job, all or nothing; the import reports
 * progress and ends `committed`. A preview with refused rows is committed only when the importer
 * explicitly chooses the valid rows alone.
 */
export const commitImportRoute = abilityMutation.input(ZCommitImportRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const job = jobFound(await lockImportJob(ctx.db, ctx.scope, input.jobId, ctx.actor.userId));
  assertCanWriteRegistry(ctx.ability, job.kind, ctx.scope.regionCode, agencyId);
  if (job.status === 'committed') throw new DomainError('conflict', '该批数据已导入，无需重复提交', { reason: 'import_committed' });
  if (job.status === 'committing') throw new DomainError('conflict', '该批数据正在写入，请稍候', { reason: 'import_committing' });
  if (job.status === 'parsing') throw new DomainError('precondition_failed', '文件仍在校验中，请稍候', { reason: 'import_parsing' });
  if (job.status === 'failed') throw new DomainError('precondition_failed', '文件校验失败，不能导入', { reason: 'import_failed' });
  if (job.refusedCount > 0 && !input.validOnly) {
    throw new DomainError(
      'precondition_failed',
      `文件中有 ${job.refusedCount} 行有错误（共 ${job.issueCount} 处），本次未导入任何数据。请修改后重新上传，或选择“只导入无误的行”`,
      { reason: 'import_has_issues' },
    );
  }
  const proposals = job.proposals as VocabularyProposal[];
  const codes = await decideWords(
    { db: ctx.db, scope: ctx.scope, agencyId, userId: ctx.actor.userId, ability: ctx.ability },
    proposals,
    input.decisions,
    input.validOnly,
  );
  await markImportCommitting(ctx.db, ctx.scope, job.id, ctx.now());
  await ctx.audit.record({
    action: 'import.commit.start',
    subjectKind: 'importJob',
    subjectId: job.id,
    after: { kind: job.kind, filename: job.filename, validOnly: input.validOnly, refused: job.refusedCount, decisions: input.decisions },
  });
  await ctx.enqueue({
    kind: 'import_commit',
    subjectId: job.id,
    payload: {
      agencyId,
      userId: ctx.actor.userId,
      kind: job.kind,
      filename: job.filename,
      fileSha256: job.fileSha256,
      summary: job.summary ?? {},
      codes: Object.entries(codes),
      refusedCount: job.refusedCount,
    } satisfies ImportCommitPayload,
  });
  return { jobId: job.id, status: 'committing' as const };
});
