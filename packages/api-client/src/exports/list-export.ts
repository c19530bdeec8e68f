import { LIST_FILE_MIME, writeListFile, type ListColumn } from '@liancha/registry-io';
import { downloadRefused, downloadResponse } from '../sveltekit/download-response.js';

/** Rows one export may hold: a county's year of checks fits many times over; beyond it the clerk filters. */
export const MAX_EXPORT_ROWS = 20_000;
/** The list procedures' largest page. */
const PAGE_SIZE = 200;

export interface ListExport<R> {
  /** The file's Chinese name without extension, and its sheet's name. */
  title: string;
  /** ASCII name for old browsers. */
  asciiName: string;
  columns: readonly ListColumn<R>[];
  /** One page of the list, with the filters the page shows (the same API call as the page). */
  page: (page: number, pageSize: number) => Promise<{ rows: readonly R[]; total: number }>;
}

/**
 * What a list page shows, every page of it, as .xlsx (default) or CSV (`?format=csv`): the same API
 * calls as the page, so a clerk exports exactly what they may read and what the filters select.
 */
export async function listExportResponse<R>(url: URL, spec: ListExport<R>): Promise<Response> {
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const rows: R[] = [];
  try {
    for (let page = 1; rows.length < MAX_EXPORT_ROWS; page += 1) {
      const result = await spec.page(page, PAGE_SIZE);
      rows.push(...result.rows);
      if (result.rows.length < PAGE_SIZE || rows.length >= result.total) break;
    }
  } catch (cause) {
    downloadRefused(cause);
  }
  const bytes = await writeListFile(spec.title, spec.columns, rows.slice(0, MAX_EXPORT_ROWS), format);
  return downloadResponse({
    bytes: Buffer.from(bytes),
    mimeType: LIST_FILE_MIME[format],
    filename: `${spec.title}.${format}`,
    asciiName: `${spec.asciiName}.${format}`,
  });
}
