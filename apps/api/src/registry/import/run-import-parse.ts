import {
  findInspectorsByCertificates,
  markImportFailed,
  markImportReady,
  updateImportProgress,
  type Executor,
  type RegionScope,
  type RegistryKind,
} from '@liancha/db';
import { isDomainError } from '@liancha/domain';
import { parseRegistryFile, recordCells, templateFor, type ParseOutcome, type ReferenceData } from '@liancha/registry-io';
import type { Logger } from '../../logger.js';

export const IMPORT_LIMITS = { maxBytes: 32 * 1024 * 1024, maxRows: 100_000 } as const;
const PROGRESS_EVERY_MS = 400;

export interface ParseJob {
  jobId: string;
  agencyId: string;
  scope: RegionScope;
  kind: RegistryKind;
  filename: string;
  bytes: Uint8Array;
  reference: ReferenceData;
  today: string;
  /** The worksheet the importer chose, when a workbook has several with the template's headers. */
  sheet?: string | undefined;
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
        ...(job.sheet ? { sheet: job.sheet } : {}),
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
    if (job.kind === 'inspector') await refuseForeignCertificates(db, job, outcome as ParseOutcome<'inspector'>);
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
        refused: outcome.refused,
        proposals: outcome.proposals,
        sheetName: outcome.sheetName ?? null,
        summary: { fields: outcome.fields, ignoredColumns: outcome.ignoredColumns, headerRow: outcome.headerRow },
      },
      now(),
    );
  } catch (error) {
    await pending.catch(() => undefined);
    const message = isDomainError(error) ? error.message : '文件处理失败，请检查文件后重试';
    if (!isDomainError(error)) log.error({ err: error, jobId: job.jobId }, 'import parse failed');
    // A workbook with several candidate sheets: the sheets to choose from, for the portal to offer.
    const sheets = isDomainError(error) && error.reason === 'choose_sheet' ? error.issues.map((issue) => issue.message) : undefined;
    await markImportFailed(db, job.scope, job.jobId, message, now(), sheets ? { sheets } : undefined);
  }
}

const CERTIFICATE_BATCH = 1000;

/**
 * A certificate another agency holds is theirs to keep: its row is refused in the preview, so
 * the importer sees it before deciding, and can still import the other rows.
 */
async function refuseForeignCertificates(db: Executor, job: ParseJob, outcome: ParseOutcome<'inspector'>): Promise<void> {
  const { scope, agencyId } = job;
  const foreign = new Set<string>();
  for (let i = 0; i < outcome.records.length; i += CERTIFICATE_BATCH) {
    const numbers = outcome.records.slice(i, i + CERTIFICATE_BATCH).map((r) => r.record.certificateNo);
    for (const held of await findInspectorsByCertificates(db, scope, numbers)) if (held.agencyId !== agencyId) foreign.add(held.certificateNo);
  }
  if (foreign.size === 0) return;
  const column = templateFor('inspector').columns.find((c) => c.field === 'certificateNo')!.header;
  const cellsOf = recordCells('inspector', job.reference);
  const kept = [];
  for (const parsed of outcome.records) {
    const number = parsed.record.certificateNo;
    if (!foreign.has(number)) {
      kept.push(parsed);
      continue;
    }
    const message = `执法证号 ${number} 已由其他部门登记，不能导入`;
    outcome.issues.push({ row: parsed.row, column, value: number, message });
    outcome.refused.push({ row: parsed.row, cells: cellsOf(parsed.record), errors: `${column}：${message}` });
  }
  outcome.records = kept;
  outcome.issues.sort((a, b) => a.row - b.row);
  outcome.refused.sort((a, b) => a.row - b.row);
}
