import { chooseSheet, DEFAULT_LIMITS, emptyFile, fileTooLarge, missingColumns, noDataRows, sheetNotFound, tooManyRows } from './file-faults.js';
import { matchHeaders, type HeaderMatch } from './header-match.js';
import { cleanCell } from './normalise-text.js';
import { ProposalCollector } from './proposals.js';
import { openSource, type RowSheet } from './read-source.js';
import { indexReference } from './reference-index.js';
import { RowReader } from './row-reader.js';
import type { SheetRow } from './sheet-row.js';
import { templateFor } from './templates/index.js';
import type { ColumnSpec } from './templates/column.js';
import type { ImportIssue, ImportProgress, ParseContext, ParseInput, ParseOutcome, ParsedRow, RefusedRow, RegistryKind, RegistryRecord } from './types.js';

/** Progress is reported, and the event loop given a turn, once per this many rows. */
const PROGRESS_EVERY = 1000;
/** Title rows above the header are skipped; the header must be among the first rows. */
const HEADER_SEARCH_ROWS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type Found = { row: number; match: HeaderMatch };

/**
 * Read an uploaded registry file and check every row, without touching a database.
 * Whole-file faults throw DomainError; row faults come back as `issues` (and the rows in
 * `refused`), and only rows without any fault are in `records`. Unknown words of open lists
 * are not faults: such rows carry them as `pending`, and `proposals` counts them. Committing
 * is the caller's business: all rows, or the valid ones only when the importer says so.
 */
export async function parseRegistryFile<K extends RegistryKind>(kind: K, input: ParseInput, ctx: ParseContext): Promise<ParseOutcome<K>> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.today)) throw new TypeError(`today must be YYYY-MM-DD, got ${ctx.today}`);
  const template = templateFor(kind);
  const limits = { ...DEFAULT_LIMITS, ...ctx.limits };
  const report = (progress: ImportProgress) => ctx.onProgress?.(progress);

  if (input.bytes.length > limits.maxBytes) throw fileTooLarge(input.bytes.length, limits.maxBytes);
  if (input.bytes.length === 0) throw emptyFile();
  const source = await openSource(input.bytes, input.filename, limits.maxBytes);
  const sheet = await chooseTemplateSheet(source.sheets, template.columns, ctx.sheet);

  // One pass: find the header row, then check each non-blank row under it as it is read, so the
  // file's rows are never all held at once (only the records and the refused rows are kept).
  let header: (Found & { reader: RowReader }) | undefined;
  let best: Found | undefined;
  let candidates = 0;
  let rowCount = 0;
  const estimate = Math.max(0, (sheet.estimatedRows ?? 0) - 1);
  const reference = indexReference(ctx.reference);
  const env = { reference, today: ctx.today };
  const issues: ImportIssue[] = [];
  const records: ParsedRow<RegistryRecord<K>>[] = [];
  const refused: RefusedRow[] = [];
  let recordCount = 0;
  const newWords = new ProposalCollector();
  const firstRowOfKey = new Map<string, number>();
  const keyField = template.keyField;
  const check = (row: SheetRow, reader: RowReader, columns: ReadonlyMap<string, number>) => {
    const issuesBefore = issues.length;
    reader.start(row);
    const record = template.parseRow(reader!, env);
    const key = String(record[keyField]);
    if (key !== '' && !reader.hasFault(keyField)) {
      const first = firstRowOfKey.get(key);
      if (first === undefined) firstRowOfKey.set(key, row.row);
      else reader.fail(keyField, `${reader.header(keyField)}与第${first}行重复，请删除或合并重复的行`, reader.raw(keyField));
    }
    if (reader.failed) refused.push(refusedRow(row, template.columns, columns, issues.slice(issuesBefore)));
    else {
      const pending = reader.pending;
      const parsed = pending ? { row: row.row, record, pending } : { row: row.row, record };
      records.push(parsed);
      newWords.add(parsed);
      recordCount += 1;
    }
  };
  // Hands the checked rows on when the caller takes them as they come.
  const handOver = async () => {
    if (ctx.onRecords && records.length > 0) await ctx.onRecords(records.splice(0));
  };
  // Before the first row: an .xlsx may take a second or two to unpack.
  report({ phase: 'reading', done: 0, total: estimate });
  for await (const row of sheet.rows()) {
    if (isBlank(row, header?.match.columns)) continue;
    if (!header) {
      const match = matchHeaders(row.cells, template.columns);
      if (match.missing.length === 0) {
        header = { row: row.row, match, reader: new RowReader(template.columns, match.columns, issues) };
        continue;
      }
      if (!best || match.columns.size > best.match.columns.size) best = { row: row.row, match };
      if (++candidates >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    if (++rowCount > limits.maxRows) throw tooManyRows(limits.maxRows);
    check(row, header.reader, header.match.columns);
    if (rowCount % PROGRESS_EVERY === 0) {
      report({ phase: 'reading', done: rowCount, total: Math.max(estimate, rowCount) });
      await handOver();
      await yieldToEventLoop();
    }
  }
  if (!header) {
    if (!best) throw emptyFile();
    const found = best.match.columns.size > 0;
    throw missingColumns(
      best.match.missing.map((column) => column.header),
      found ? best.row : undefined,
      { unknown: found ? best.match.ignored : [], ...(sheet.name !== undefined && source.sheets.length > 1 ? { sheet: sheet.name } : {}) },
    );
  }
  if (rowCount === 0) throw noDataRows(header.row);
  await handOver();
  report({ phase: 'reading', done: rowCount, total: rowCount });

  const order = new Map(template.columns.map((column, index) => [column.header, index]));
  issues.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));

  const outcome: ParseOutcome<K> = {
    kind,
    format: source.format,
    totalRows: rowCount,
    records,
    recordCount,
    issues,
    headerRow: header.row,
    fields: template.columns.filter((column) => header.match.columns.has(column.field)).map((column) => column.field),
    ignoredColumns: header.match.ignored,
    proposals: newWords.proposals(reference),
    refused,
  };
  if (source.encoding) outcome.encoding = source.encoding;
  if (sheet.name !== undefined) outcome.sheetName = sheet.name;
  return outcome;
}

/**
 * The sheet to read: the one named, the only one, or the one whose first rows hold the
 * template's headers (the others may be 填写说明, a 可选值 list or last year's copy). Several
 * such sheets: the importer chooses. None: the first, whose missing columns are then named.
 */
async function chooseTemplateSheet(sheets: readonly RowSheet[], columns: readonly ColumnSpec[], named: string | undefined): Promise<RowSheet> {
  const names = sheets.map((sheet) => sheet.name ?? '');
  if (named !== undefined && named !== '') {
    const sheet = sheets.find((s) => s.name === named);
    if (!sheet) throw sheetNotFound(named, names);
    return sheet;
  }
  if (sheets.length === 1) return sheets[0]!;
  const withHeaders: RowSheet[] = [];
  for (const sheet of sheets) if (await hasTemplateHeader(sheet, columns)) withHeaders.push(sheet);
  if (withHeaders.length > 1) throw chooseSheet(withHeaders.map((sheet) => sheet.name ?? ''));
  return withHeaders[0] ?? sheets[0]!;
}

async function hasTemplateHeader(sheet: RowSheet, columns: readonly ColumnSpec[]): Promise<boolean> {
  let looked = 0;
  for await (const row of sheet.rows()) {
    if (isBlank(row, undefined)) continue;
    if (matchHeaders(row.cells, columns).missing.length === 0) return true;
    if (++looked >= HEADER_SEARCH_ROWS) return false;
  }
  return false;
}

/** A refused row as written, in template column order, with all its messages. */
function refusedRow(row: SheetRow, columns: readonly ColumnSpec[], positions: ReadonlyMap<string, number>, issues: readonly ImportIssue[]): RefusedRow {
  const cells = columns.map((column) => {
    const index = positions.get(column.field);
    return index === undefined ? '' : cleanCell(row.cells[index] ?? '');
  });
  return { row: row.row, cells, errors: issues.map((issue) => `${issue.column}：${issue.message}`).join('；') };
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
