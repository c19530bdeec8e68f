import { CSV_BOM, csvLines } from '@liancha/registry-io/csv';
import { downloadRefused, downloadResponse } from '../sveltekit/download-response.js';
import { csvRow, jsonRow, type OpenList } from './columns.js';

/** Rows one download holds at most; past it the file says it was cut and the reader narrows the filters. */
export const MAX_OPEN_DATA_ROWS = 100_000;

export type OpenDataFormat = 'csv' | 'json';

export interface OpenDataDownload<R> {
  list: OpenList<R>;
  format: OpenDataFormat;
  /** The Chinese file name without extension, and its ASCII fallback. */
  filename: string;
  asciiName: string;
  /** What the JSON file says about itself (source page, region, filters). */
  about: Record<string, unknown>;
  /** The list's pages in order, each one API call (keyset: never one giant query). */
  pages: () => AsyncIterator<readonly R[]>;
  /** Rows at most (default MAX_OPEN_DATA_ROWS). */
  cap?: number;
  cacheControl?: string;
}

/** The note a cut file ends with, in both formats. */
export function cappedNote(cap: number): string {
  return `仅包含前 ${cap.toLocaleString('en-US')} 条，请缩小筛选范围后分别下载`;
}

/**
 * A list as a file, written while its pages arrive: CSV (UTF-8 with BOM, RFC 4180, Chinese headers,
 * CRLF) or JSON ({ about, fields, rows, count, capped }). The first page is read before the answer
 * starts, so a refused call (unknown region) is still a 404 and not a broken file.
 */
export async function openDataResponse<R>(spec: OpenDataDownload<R>): Promise<Response> {
  const cap = spec.cap ?? MAX_OPEN_DATA_ROWS;
  const pages = spec.pages();
  let first: IteratorResult<readonly R[]>;
  try {
    first = await pages.next();
  } catch (cause) {
    downloadRefused(cause);
  }
  const encoder = new TextEncoder();
  const { list, format } = spec;
  let count = 0;
  let capped = false;
  let current: IteratorResult<readonly R[]> | null = first;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(format === 'csv' ? CSV_BOM + csvLines([list.columns.map((c) => c.header)]) : jsonHead(spec)));
      }
      try {
        if (current === null) current = await pages.next();
      } catch (cause) {
        controller.error(cause);
        return;
      }
      if (current.done || capped) {
        controller.enqueue(encoder.encode(format === 'csv' ? csvTail(capped, cap, list.columns.length) : jsonTail(count, capped, cap)));
        controller.close();
        return;
      }
      let rows = current.value;
      current = null;
      if (count + rows.length > cap) {
        rows = rows.slice(0, cap - count);
        capped = true;
      }
      const text =
        format === 'csv'
          ? csvLines(rows.map((row) => csvRow(list, row)))
          : rows.map((row, i) => (count + i === 0 ? '\n' : ',\n') + JSON.stringify(jsonRow(list, row))).join('');
      count += rows.length;
      if (count >= cap && !capped) {
        // Exactly at the cap: cut only if another row follows.
        const next = await pages.next();
        capped = !next.done && next.value.length > 0;
        current = next;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
  return downloadResponse({
    bytes: body,
    mimeType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    filename: `${spec.filename}.${format}`,
    asciiName: `${spec.asciiName}.${format}`,
    ...(spec.cacheControl ? { cacheControl: spec.cacheControl } : {}),
  });
}

function jsonHead<R>(spec: OpenDataDownload<R>): string {
  const fields = spec.list.columns.map(({ key, header, type }) => ({ key, header, type }));
  return `{"about":${JSON.stringify({ list: spec.list.title, ...spec.about })},\n"fields":${JSON.stringify(fields)},\n"rows":[`;
}

function jsonTail(count: number, capped: boolean, cap: number): string {
  return `\n],\n"count":${count},"capped":${capped}${capped ? `,"note":${JSON.stringify(cappedNote(cap))}` : ''}}\n`;
}

/** A cut CSV ends with one row saying so, its note in the first cell. */
function csvTail(capped: boolean, cap: number, width: number): string {
  return capped ? csvLines([[`（${cappedNote(cap)}）`, ...Array<string>(width - 1).fill('')]]) : '';
}
