import { markImportFailed, markImportReady, updateImportProgress, type Executor, type RegionScope, type RegistryKind } from '@liancha/db';
import { isDomainError } from '@liancha/domain';
import { parseRegistryFile, type ReferenceData } from '@liancha/registry-io';
import type { Logger } from '../../logger.js';

export const IMPORT_LIMITS = { maxBytes: 32 * 1024 * 1024, maxRows: 100_000 } as const;
const PROGRESS_EVERY_MS = 400;

export interface ParseJob {
  jobId: string;
  scope: RegionScope;
  kind: RegistryKind;
  filename: string;
  bytes: Uint8Array;
  reference: ReferenceData;
  today: string;
}

/**
 * Parse the uploaded file in the background and keep the job row current, so any
 * API instance can report progress; the valid rows wait in the job until committed.
 */
export async function runImportParse(db: Executor, job: ParseJob, log: Logger, now: () => Date = () => new Date()): Promise<void> {
  let lastWrite = 0;
  let pending: Promise<void> = Promise.resolve();
  try {
    const outcome = await parseRegistryFile(
      job.kind,
      { bytes: job.bytes, filename: job.filename },
      {
        reference: job.reference,
        today: job.today,
        limits: IMPORT_LIMITS,
        onProgress: (progress) => {
          const at = Date.now();
          if (at - lastWrite < PROGRESS_EVERY_MS && progress.done !== progress.total) return;
          lastWrite = at;
          pending = pending.then(() => updateImportProgress(db, job.scope, job.jobId, progress, now()));
        },
      },
    );
    await pending;
    await markImportReady(
      db,
      job.scope,
      job.jobId,
      {
        format: outcome.format,
        encoding: outcome.encoding ?? null,
        totalRows: outcome.totalRows,
        issues: outcome.issues,
        records: outcome.records,
        summary: { fields: outcome.fields, ignoredColumns: outcome.ignoredColumns },
      },
      now(),
    );
  } catch (error) {
    await pending.catch(() => undefined);
    const message = isDomainError(error) ? error.message : '文件处理失败，请检查文件后重试';
    if (!isDomainError(error)) log.error({ err: error, jobId: job.jobId }, 'import parse failed');
    await markImportFailed(db, job.scope, job.jobId, message, now());
  }
}
