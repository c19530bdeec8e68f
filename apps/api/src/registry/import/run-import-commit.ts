import {
  countImportRecords,
  markImportCommitFailed,
  markImportCommitted,
  readImportRecords,
  updateImportProgress,
  withTransaction,
  type Executor,
  type RegionScope,
  type RegistryKind,
} from '@liancha/db';
import { isDomainError } from '@liancha/domain';
import { applyDecisions, proposalKey, type ParsedRow } from '@liancha/registry-io';
import type { Logger } from '../../logger.js';
import { notify } from '../../notifications/notify.js';
import { createAuditRecorder } from '../../trpc/audit-recorder.js';
import { commitImport } from './commit-import.js';
import { referenceDataFor } from './reference-data.js';

const PROGRESS_EVERY_MS = 400;

export interface CommitJob {
  jobId: string;
  scope: RegionScope;
  agencyId: string;
  userId: string;
  kind: RegistryKind;
  filename: string;
  fileSha256: string;
  /** The preview's summary; its `fields` are the template fields the file had, which an upsert overwrites. */
  summary: Record<string, unknown>;
  /** proposalKey → the code the importer's decision gave the word. */
  codes: Record<string, string>;
  /** Rows refused at preview (left out by the importer's choice of the valid rows only). */
  refusedCount: number;
}

/**
 * Write a job's rows in the background, all in one transaction, so the commit request returns at
 * once and the job reports progress. On PostgreSQL the progress is written beside the transaction
 * on another connection; the embedded database has one connection, which the transaction holds,
 * so there the job shows 正在写入 until it is done. A failure rolls everything back and returns the
 * job to `ready` with the reason.
 */
export async function runImportCommit(db: Executor, job: CommitJob, log: Logger, now: () => Date = () => new Date()): Promise<void> {
  let lastWrite = 0;
  let progress: Promise<void> = Promise.resolve();
  const report = (done: number, total: number) => {
    const at = Date.now();
    if (at - lastWrite < PROGRESS_EVERY_MS && done !== total) return;
    lastWrite = at;
    progress = progress
      .then(() => updateImportProgress(db, job.scope, job.jobId, { phase: 'writing', done, total }, now(), 'committing'))
      .catch(() => undefined);
  };
  try {
    await withTransaction(db, async (trx) => {
      const audit = createAuditRecorder(trx, { actorUserId: job.userId, regionCode: job.scope.regionCode }, now);
      const stored = await countImportRecords(trx, job.scope, job.jobId);
      // The kept rows a chunk at a time, each with the importer's decisions applied.
      let undecided = 0;
      async function* decided() {
        for await (const chunk of readImportRecords(trx, job.scope, job.jobId)) {
          const split = applyDecisions(chunk as ParsedRow<object>[], (value) => job.codes[proposalKey(value.list, value.parentCode, value.text)]);
          undecided += split.undecided.length;
          yield split.ready;
        }
      }
      // Read after the decisions created their 股室, so new units resolve to ids.
      const { unitIds } = await referenceDataFor(trx, job.scope, job.agencyId);
      const summary = await commitImport(
        { jobId: job.jobId, db: trx, scope: job.scope, agencyId: job.agencyId, audit, now: now(), unitIds, onProgress: report },
        job.kind,
        { chunks: decided(), total: stored },
        (job.summary.fields ?? []) as string[],
      );
      const result = { ...summary, notImported: job.refusedCount + undecided };
      await markImportCommitted(trx, job.scope, job.jobId, { ...job.summary, ...result }, now());
      await notify(
        { db: trx, scope: job.scope },
        { userIds: [job.userId] },
        {
          kind: 'import_finished',
          title: `“${job.filename}”已导入名录库${result.notImported > 0 ? `（${result.notImported} 行未导入）` : ''}`,
          link: `/registry/imports/${job.jobId}`,
        },
      );
      await audit.record({
        action: 'import.commit',
        subjectKind: 'importJob',
        subjectId: job.jobId,
        after: { kind: job.kind, filename: job.filename, fileSha256: job.fileSha256, ...result },
      });
    });
  } catch (error) {
    const message = isDomainError(error) ? error.message : '写入名录库失败，本次导入未做任何改动，请稍后重试';
    if (!isDomainError(error)) log.error({ err: error, jobId: job.jobId }, 'import commit failed');
    await markImportCommitFailed(db, job.scope, job.jobId, message, now())
      .then(() =>
        notify(
          { db, scope: job.scope },
          { userIds: [job.userId] },
          { kind: 'import_finished', title: `“${job.filename}”导入失败：${message}`, link: `/registry/imports/${job.jobId}` },
        ),
      )
      .catch((err: unknown) => log.error({ err, jobId: job.jobId }, 'import commit: could not record the failure'));
  } finally {
    await progress;
  }
}
