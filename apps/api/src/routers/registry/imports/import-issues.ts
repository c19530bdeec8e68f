import { getImportIssues, getImportJob } from '@liancha/db';
import { abilityQuery } from '../../../trpc/init.js';
import { jobFound } from './job-not-found.js';
import { ZImportIssuesRequest } from './import.schema.js';

/** The preview's faults, each with its row, column and what is wrong, a page at a time. */
export const importIssuesRoute = abilityQuery.input(ZImportIssuesRequest).query(async ({ ctx, input }) => {
  jobFound(await getImportJob(ctx.db, ctx.scope, input.jobId, ctx.actor.userId));
  const issues = await getImportIssues(ctx.db, ctx.scope, input.jobId, ctx.actor.userId);
  return { total: issues.length, issues: issues.slice(input.offset, input.offset + input.limit) };
});
