import { getImportJob, getImportReview, markImportCommitFailed, markImportFailed } from '@liancha/db';
import type { VocabularyProposal } from '@liancha/registry-io';
import { mayCreateWords } from '../../../registry/import/may-create-words.js';
import { abilityQuery } from '../../../trpc/init.js';
import { jobFound } from './job-not-found.js';
import { ZImportJobRequest } from './import.schema.js';

// A job whose parser has not reported for this long died with its API instance.
const STALE_AFTER_MS = 5 * 60_000;

/**
 * A job's state and progress; once parsed, the new words it proposes and how many rows it
 * refused, for the importer to decide on before committing.
 */
export const importStatusRoute = abilityQuery.input(ZImportJobRequest).query(async ({ ctx, input }) => {
  const job = jobFound(await getImportJob(ctx.db, ctx.scope, input.jobId, ctx.actor.userId));
  const stale = ctx.now().getTime() - job.updatedAt.getTime() > STALE_AFTER_MS;
  const review = await getImportReview(ctx.db, ctx.scope, job.id, ctx.actor.userId);
  const extra = {
    proposals: (review?.proposals ?? []) as VocabularyProposal[],
    refusedCount: review?.refusedCount ?? 0,
    /** Which new words the caller may create rather than only map (the same CASL rules the commit applies). */
    mayCreate: mayCreateWords(ctx.ability, ctx.scope.regionCode, job.agencyId),
  };
  if (job.status === 'parsing' && stale) {
    await markImportFailed(ctx.db, ctx.scope, job.id, '文件处理中断，请重新上传', ctx.now());
    return { ...job, ...extra, status: 'failed' as const, error: '文件处理中断，请重新上传' };
  }
  // Writing runs in one transaction: a job left `committing` wrote nothing and can be committed again.
  if (job.status === 'committing' && stale) {
    await markImportCommitFailed(ctx.db, ctx.scope, job.id, '写入中断，未导入任何数据，请重新导入', ctx.now());
    return { ...job, ...extra, status: 'ready' as const, error: '写入中断，未导入任何数据，请重新导入' };
  }
  return { ...job, ...extra };
});
