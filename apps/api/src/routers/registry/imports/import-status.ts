import { getImportJob, markImportFailed } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { jobFound } from './job-not-found.js';
import { ZImportJobRequest } from './import.schema.js';

// A job whose parser has not reported for this long died with its API instance.
const STALE_AFTER_MS = 5 * 60_000;

export const importStatusRoute = abilityQuery.input(ZImportJobRequest).query(async ({ ctx, input }) => {
  const job = jobFound(await getImportJob(ctx.db, ctx.scope, input.jobId, ctx.actor.userId));
  if (job.status === 'parsing' && ctx.now().getTime() - job.updatedAt.getTime() > STALE_AFTER_MS) {
    await markImportFailed(ctx.db, ctx.scope, job.id, '文件处理中断，请重新上传', ctx.now());
    return { ...job, status: 'failed' as const, error: '文件处理中断，请重新上传' };
  }
  return job;
});
