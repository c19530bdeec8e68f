import { Readable } from 'node:stream';
import { DomainError } from '@liancha/domain';
import ExcelJS from 'exceljs';
import { fixWorkbookReader } from './exceljs-reader-fixes.js';
import { inflatedTooLarge } from './file-faults.js';
import type { SheetRow } from './sheet-row.js';
import { withStallGuard } from './stall-guard.js';
import { cellText } from './xlsx-cell-text.js';
import { checkZip, compressedData, readZipEntry, zipEntries, type ZipEntry } from './zip-entries.js';
import { storedPart, writeZip, type ZipPart } from './zip-writer.js';

export interface XlsxSheet {
  /** The sheet's tab name. */
  name: string;
  /** Rows the sheet says it spans (its <dimension>), for progress; undefined if unknown. */
  estimatedRows: number | undefined;
  /** A fresh stream of the sheet's rows each call (a sheet may be looked into, then read). */
  rows(): AsyncIterable<SheetRow>;
}

/** No data for this long means exceljs is stuck, not slow (100,000 rows take seconds). */
const STALL_MS = 30_000;

const SHEET_PART = 'xl/worksheets/sheet1.xml';
const EMPTY_SHARED_STRINGS = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

function corrupt(detail: string, cause?: unknown): DomainError {
  return new DomainError('bad_request', `无法读取Excel文件：${detail}。请用Excel打开检查后另存为.xlsx再上传`, { reason: 'corrupt_xlsx', cause });
}

/**
 * The visible worksheets of an .xlsx in tab order, each streamed row by row with exceljs's
 * WorkbookReader, which in our measurement (docs/benchmarks/import.md) is faster and needs
 * well under half the memory of Workbook.xlsx.load for 100,000 rows.
 *
 * exceljs gets a rebuilt archive (compressed data copied, nothing recompressed) holding
 * only what it needs, in the order its streaming reader wants: workbook rels, workbook,
 * styles, shared strings (an empty table if the file has none), then the one sheet. Given
 * Excel's own order (sheets before shared strings), or no shared strings at all, exceljs
 * would instead copy every sheet to a temporary file and, when an import stops early
 * (too many rows), leave those files and their descriptors behind.
 */
export async function openXlsx(bytes: Uint8Array, maxUncompressed: number): Promise<XlsxSheet[]> {
  const entries = zipEntries(bytes);
  if (!entries) throw corrupt('文件已损坏或不是.xlsx格式');
  const check = await checkZip(bytes, entries, maxUncompressed);
  if (check === 'too_large') throw inflatedTooLarge(maxUncompressed);
  if (check === 'corrupt') throw corrupt('文件内容已损坏（校验失败）');
  const workbookEntry = entries.get('xl/workbook.xml');
  if (!workbookEntry) throw corrupt('文件中没有工作簿（xl/workbook.xml）');
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  const text = (entry: ZipEntry | undefined) => {
    const data = entry ? readZipEntry(bytes, entry) : undefined;
    return data ? new TextDecoder().decode(data) : '';
  };
  const sheets = visibleSheets(text(workbookEntry), text(relsEntry)).flatMap(({ name, path }) => {
    const entry = entries.get(path);
    return entry ? [{ name, entry }] : [];
  });
  if (sheets.length === 0) throw corrupt('工作簿中没有工作表');

  const common: ZipPart[] = [];
  const copy = (parts: ZipPart[], entry: ZipEntry | undefined, name = entry?.name) => {
    const data = entry ? compressedData(bytes, entry) : undefined;
    if (entry && data && name) parts.push({ name, method: entry.method, crc: entry.crc, uncompressedSize: entry.uncompressedSize, data });
  };
  copy(common, relsEntry);
  copy(common, workbookEntry);
  copy(common, entries.get('xl/styles.xml'));
  const sharedStrings = entries.get('xl/sharedStrings.xml');
  if (sharedStrings) copy(common, sharedStrings);
  else common.push(storedPart('xl/sharedStrings.xml', EMPTY_SHARED_STRINGS));

  return sheets.map(({ name, entry }) => {
    const head = readZipEntry(bytes, entry, 4096);
    return {
      name,
      estimatedRows: head ? dimensionRows(new TextDecoder().decode(head)) : undefined,
      rows: () => {
        // The one sheet under the first sheet's part name: the workbook's rels then lead exceljs to it.
        const parts = [...common];
        copy(parts, entry, SHEET_PART);
        return streamRows(writeZip(parts));
      },
    };
  });
}

async function* streamRows(archive: Uint8Array): AsyncGenerator<SheetRow> {
  const input = Readable.from([Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength)]);
  // styles: 'cache' so date and percent cells keep their meaning.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const stalled = () => corrupt('读取超时，文件内容可能已损坏');
  fixWorkbookReader(reader, { stallMs: STALL_MS, onStall: stalled });
  let found = false;
  try {
    for await (const worksheet of withStallGuard(reader as AsyncIterable<AsyncIterable<ExcelJS.Row>>, STALL_MS, stalled)) {
      found = true;
      for await (const row of worksheet) yield toSheetRow(row);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw corrupt('文件内容已损坏', error);
  }
  if (!found) throw corrupt('工作表无法读取');
}

function toSheetRow(row: ExcelJS.Row): SheetRow {
  const cells: string[] = [];
  let lossy: number[] | undefined;
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const { text, lossy: lost } = cellText(cell.value, cell.numFmt);
    cells[column - 1] = text;
    if (lost) (lossy ??= []).push(column - 1);
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= '';
  return lossy ? { row: row.number, cells, lossy } : { row: row.number, cells };
}

/** Names and part names of the sheets in tab order that are not hidden. */
function visibleSheets(workbookXml: string, relsXml: string): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  for (const rel of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(rel[0], 'Id');
    const target = attribute(rel[0], 'Target');
    if (id && target) targets.set(id, target);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const sheet of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const state = attribute(sheet[0], 'state');
    if (state === 'hidden' || state === 'veryHidden') continue;
    const id = attribute(sheet[0], 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (target === undefined) continue;
    const name = unescapeXml(attribute(sheet[0], 'name') ?? `Sheet${sheets.length + 1}`);
    sheets.push({ name, path: target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}` });
  }
  return sheets;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** <dimension ref="A1:N100001"/> → 100001; a single-cell ref ("A1") says nothing. */
function dimensionRows(sheetHead: string): number | undefined {
  const ref = /<(?:\w+:)?dimension\b[^>]*\sref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(sheetHead);
  return ref ? Number(ref[1]) : undefined;
}
