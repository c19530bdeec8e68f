import { clearImportChunks, getImportJob, type ClaimedJob, type Executor } from '@liancha/db';
import { REGISTRY_KINDS } from '@liancha/domain';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import { referenceDataFor } from './reference-data.js';
import { runImportCommit } from './run-import-commit.js';
import { runImportParse } from './run-import-parse.js';

/** What a parse job carries beside the file (`job.input`); the subject is the import job. */
export const ZImportParsePayload = z.object({
  agencyId: z.uuid(),
  userId: z.uuid(),
  kind: z.enum(REGISTRY_KINDS),
  filename: z.string(),
  today: z.iso.date(),
  sheet: z.string().optional(),
});
export type ImportParsePayload = z.infer<typeof ZImportParsePayload>;

/** What a commit job carries: the importer's decisions, taken in the commit request. */
export const ZImportCommitPayload = z.object({
  agencyId: z.uuid(),
  userId: z.uuid(),
  kind: z.enum(REGISTRY_KINDS),
  filename: z.string(),
  fileSha256: z.string(),
  summary: z.record(z.string(), z.unknown()),
  /** proposalKey → code, as pairs: the database driver camel-cases the keys of JSON objects it reads. */
  codes: z.array(z.tuple([z.string(), z.string()])),
  refusedCount: z.number().int().nonnegative(),
});
export type ImportCommitPayload = z.infer<typeof ZImportCommitPayload>;

/**
 * Parse an uploaded file. Only a job still `parsing` is parsed; a second run (its first process
 * died) starts again from the file, its earlier chunks dropped.
 */
export async function runImportParseJob(db: Executor, job: ClaimedJob, log: Logger): Promise<void> {
  const scope = { regionCode: job.regionCode };
  const payload = ZImportParsePayload.parse(job.payload);
  const state = await getImportJob(db, scope, job.subjectId, payload.userId);
  if (state?.status !== 'parsing' || !job.input) return;
  await clearImportChunks(db, scope, job.subjectId);
  const reference = await referenceDataFor(db, scope, payload.agencyId);
  await runImportParse(db, { ...payload, jobId: job.subjectId, scope, bytes: job.input, reference }, log);
}

/** Write a previewed import's rows, all or nothing; only a job still `committing` is written. */
export async function runImportCommitJob(db: Executor, job: ClaimedJob, log: Logger): Promise<void> {
  const scope = { regionCode: job.regionCode };
  const payload = ZImportCommitPayload.parse(job.payload);
  const state = await getImportJob(db, scope, job.subjectId, payload.userId);
  if (state?.status !== 'committing') return;
  await runImportCommit(db, { ...payload, codes: Object.fromEntries(payload.codes), jobId: job.subjectId, scope }, log);
}
