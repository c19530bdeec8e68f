import { DEFAULT_LIMITS, emptyFile, fileTooLarge, missingColumns, noDataRows, tooManyRows } from './file-faults.js';
import { matchHeaders, type HeaderMatch } from './header-match.js';
import { cleanCell } from './normalise-text.js';
import { openSource } from './read-source.js';
import { indexReference } from './reference-index.js';
import { RowReader } from './row-reader.js';
import type { SheetRow } from './sheet-row.js';
import { templateFor } from './templates/index.js';
import type { ImportIssue, ImportProgress, ParseContext, ParseInput, ParseOutcome, ParsedRow, RegistryKind, RegistryRecord } from './types.js';

/** Progress is reported, and the event loop given a turn, once per this many rows. */
const PROGRESS_EVERY = 1000;
/** Title rows above the header are skipped; the header must be among the first rows. */
const HEADER_SEARCH_ROWS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Read an uploaded registry file and check every row, without touching a database.
 * Whole-file faults throw DomainError; row faults come back as `issues`, and only rows
 * without any fault are in `records`. Committing is the caller's business: commit
 * nothing unless `issues` is empty.
 */
export async function parseRegistryFile<K extends RegistryKind>(kind: K, input: ParseInput, ctx: ParseContext): Promise<ParseOutcome<K>> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.today)) throw new TypeError(`today must be YYYY-MM-DD, got ${ctx.today}`);
  const template = templateFor(kind);
  const limits = { ...DEFAULT_LIMITS, ...ctx.limits };
  const report = (progress: ImportProgress) => ctx.onProgress?.(progress);

  if (input.bytes.length > limits.maxBytes) throw fileTooLarge(input.bytes.length, limits.maxBytes);
  if (input.bytes.length === 0) throw emptyFile();
  const source = await openSource(input.bytes, input.filename, limits.maxBytes);

  // Reading: find the header row, then collect the non-blank rows under it.
  let header: { row: number; match: HeaderMatch } | undefined;
  let best: { row: number; match: HeaderMatch } | undefined;
  let candidates = 0;
  const dataRows: SheetRow[] = [];
  const estimate = Math.max(0, (source.estimatedRows ?? 0) - 1);
  // Before the first row: an .xlsx may take a second or two to unpack.
  report({ phase: 'reading', done: 0, total: estimate });
  for await (const row of source.rows) {
    if (isBlank(row, header?.match.columns)) continue;
    if (!header) {
      const match = matchHeaders(row.cells, template.columns);
      if (match.missing.length === 0) {
        header = { row: row.row, match };
        continue;
      }
      if (!best || match.columns.size > best.match.columns.size) best = { row: row.row, match };
      if (++candidates >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    dataRows.push(row);
    if (dataRows.length > limits.maxRows) throw tooManyRows(limits.maxRows);
    if (dataRows.length % PROGRESS_EVERY === 0) {
      report({ phase: 'reading', done: dataRows.length, total: Math.max(estimate, dataRows.length) });
      await yieldToEventLoop();
    }
  }
  if (!header) {
    if (!best) throw emptyFile();
    throw missingColumns(
      best.match.missing.map((column) => column.header),
      best.match.columns.size > 0 ? best.row : undefined,
    );
  }
  if (dataRows.length === 0) throw noDataRows(header.row);
  report({ phase: 'reading', done: dataRows.length, total: dataRows.length });

  // Validating: every row through the template, then keys unique within the file.
  const env = { reference: indexReference(ctx.reference), today: ctx.today };
  const issues: ImportIssue[] = [];
  const reader = new RowReader(template.columns, header.match.columns, issues);
  const records: ParsedRow<RegistryRecord<K>>[] = [];
  const firstRowOfKey = new Map<string, number>();
  const keyField = template.keyField;
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i]!;
    reader.start(row);
    const record = template.parseRow(reader, env);
    const key = String(record[keyField]);
    if (key !== '' && !reader.hasFault(keyField)) {
      const first = firstRowOfKey.get(key);
      if (first === undefined) firstRowOfKey.set(key, row.row);
      else reader.fail(keyField, `${reader.header(keyField)}与第${first}行重复，请删除或合并重复的行`, reader.raw(keyField));
    }
    if (!reader.failed) records.push({ row: row.row, record });
    if ((i + 1) % PROGRESS_EVERY === 0) {
      report({ phase: 'validating', done: i + 1, total: dataRows.length });
      await yieldToEventLoop();
    }
  }
  report({ phase: 'validating', done: dataRows.length, total: dataRows.length });

  const order = new Map(template.columns.map((column, index) => [column.header, index]));
  issues.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));

  const outcome: ParseOutcome<K> = {
    kind,
    format: source.format,
    totalRows: dataRows.length,
    records,
    issues,
    headerRow: header.row,
    fields: template.columns.filter((column) => header.match.columns.has(column.field)).map((column) => column.field),
    ignoredColumns: header.match.ignored,
  };
  if (source.encoding) outcome.encoding = source.encoding;
  return outcome;
}

/**
 * Once the header is known only its template columns count, so rows that hold nothing
 * but a pre-filled 序号 or a note in an unknown column are not read as data.
 */
function isBlank(row: SheetRow, columns: ReadonlyMap<string, number> | undefined): boolean {
  if (!columns) return row.cells.every((cell) => cleanCell(cell) === '');
  for (const index of columns.values()) if (cleanCell(row.cells[index] ?? '') !== '') return false;
  return true;
}
