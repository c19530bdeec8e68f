import type { JobKind } from '@liancha/domain';
import { runDrawJob } from '../draws/run-draw-job.js';
import { runFreezeJob } from '../draws/run-freeze-job.js';
import { runFigureRefreshJob } from '../oversight/figure-snapshots.js';
import { runImportCommitJob, runImportParseJob } from '../registry/import/import-jobs.js';
import type { JobHandler } from './job-runner.js';

/** Which code runs each kind of job. */
export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  import_parse: runImportParseJob,
  import_commit: runImportCommitJob,
  draw_freeze: runFreezeJob,
  draw_run: runDrawJob,
  figure_refresh: runFigureRefreshJob,
};

/** Kinds tried again until done (job-runner.ts, `untilDone`): the draw, once every reveal is in, has no other way to happen. */
export const JOBS_UNTIL_DONE: ReadonlySet<JobKind> = new Set(['draw_run']);
