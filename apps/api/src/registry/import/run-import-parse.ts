import {
  findInspectorsByCertificates,
  insertImportChunk,
  markImportFailed,
  markImportReady,
  updateImportProgress,
  type Executor,
  type RegionScope,
  type RegistryKind,
} from '@liancha/db';
import { isDomainError } from '@liancha/domain';
import {
  parseRegistryFile,
  recordCells,
  templateFor,
  type ImportIssue,
  type InspectorRecord,
  type ParsedRow,
  type ReferenceData,
  type RefusedRow,
} from '@liancha/registry-io';
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
 * Parse the uploaded file in the background and keep the job row current, so any API instance
 * can report progress. The valid rows go into the job's chunks as they are checked (a thousand
 * at a time), so a large file's rows are never all in memory; they wait there until committed.
 */
export async function runImportParse(db: Executor, job: ParseJob, log: Logger, now: () => Date = () => new Date()): Promise<void> {
  let lastWrite = 0;
  let pending: Promise<void> = Promise.resolve();
  let chunkNo = 0;
  const foreign: Refusals = { issues: [], refused: [] };
  const keep = async (rows: ParsedRow<unknown>[]) => {
    const kept = job.kind === 'inspector' ? await refuseForeignCertificates(db, job, rows as ParsedRow<InspectorRecord>[], foreign) : rows;
    if (kept.length > 0) await insertImportChunk(db, job.scope, job.jobId, ++chunkNo, kept);
  };
  try {
    const outcome = await parseRegistryFile(
      job.kind,
      { bytes: job.bytes, filename: job.filename },
      {
        reference: job.reference,
        today: job.today,
        ...(job.sheet ? { sheet: job.sheet } : {}),
        limits: IMPORT_LIMITS,
        onRecords: keep,
        onProgress: (progress) => {
          const at = Date.now();
          if (at - lastWrite < PROGRESS_EVERY_MS && progress.done !== progress.total) return;
          lastWrite = at;
          pending = pending.then(() => updateImportProgress(db, job.scope, job.jobId, progress, now()));
        },
      },
    );
    await pending;
    const byRow = <T extends { row: number }>(rows: T[]) => rows.sort((a, b) => a.row - b.row);
    await markImportReady(
      db,
      job.scope,
      job.jobId,
      {
        format: outcome.format,
        encoding: outcome.encoding ?? null,
        totalRows: outcome.totalRows,
        issues: foreign.issues.length ? byRow([...outcome.issues, ...foreign.issues]) : outcome.issues,
        refused: foreign.refused.length ? byRow([...outcome.refused, ...foreign.refused]) : outcome.refused,
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

interface Refusals {
  issues: ImportIssue[];
  refused: RefusedRow[];
}

/**
 * A certificate another agency holds is theirs to keep: its row is refused in the preview, so
 * the importer sees it before deciding, and can still import the other rows. Returns the rows kept.
 */
async function refuseForeignCertificates(
  db: Executor,
  job: ParseJob,
  rows: ParsedRow<InspectorRecord>[],
  into: Refusals,
): Promise<ParsedRow<InspectorRecord>[]> {
  const { scope, agencyId } = job;
  const held = await findInspectorsByCertificates(
    db,
    scope,
    rows.map((r) => r.record.certificateNo),
  );
  const foreign = new Set(held.filter((h) => h.agencyId !== agencyId).map((h) => h.certificateNo));
  if (foreign.size === 0) return rows;
  const column = templateFor('inspector').columns.find((c) => c.field === 'certificateNo')!.header;
  const cellsOf = recordCells('inspector', job.reference);
  const kept: ParsedRow<InspectorRecord>[] = [];
  for (const parsed of rows) {
    const number = parsed.record.certificateNo;
    if (!foreign.has(number)) {
      kept.push(parsed);
      continue;
    }
    const message = `执法证号 ${number} 已由其他部门登记，不能导入`;
    into.issues.push({ row: parsed.row, column, value: number, message });
    into.refused.push({ row: parsed.row, cells: cellsOf(parsed.record), errors: `${column}：${message}` });
  }
  return kept;
}
