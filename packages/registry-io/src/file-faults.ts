import { DomainError } from '@liancha/domain';
import type { ImportLimits } from './types.js';

/** Whole-file faults: each a DomainError with a stable reason and a Chinese message. */

export const DEFAULT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 100_000 };

/**
 * An .xlsx may inflate to this many times its size. Real sheets inflate 5–12× (a
 * 100,000-row 名录 is 10 MB zipped, 66 MB of XML); far more is a zip bomb.
 */
export const MAX_INFLATE_RATIO = 25;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes}字节`;
}

export function fileTooLarge(size: number, limit: number): DomainError {
  let [got, max] = [formatBytes(size), formatBytes(limit)];
  // Just over the limit both round alike (“20 MB，最多允许20 MB”): show the bytes instead.
  if (got === max) [got, max] = [`${size.toLocaleString('en-US')}字节`, `${limit.toLocaleString('en-US')}字节`];
  return new DomainError('payload_too_large', `文件大小超过上限：${got}，最多允许${max}。请删除无关的工作表、图片和空行，或分成几个文件导入`, {
    reason: 'file_too_large',
  });
}

export function inflatedTooLarge(limit: number): DomainError {
  return new DomainError(
    'payload_too_large',
    `Excel文件解压后超过上限（${formatBytes(limit)}），可能含有大量空白格式或不是正常的名录文件。请只保留名录数据，另存为新文件后重新上传`,
    { reason: 'inflated_too_large' },
  );
}

export function tooManyRows(limit: number): DomainError {
  return new DomainError('payload_too_large', `行数超过上限：最多允许${limit.toLocaleString('en-US')}行数据（不含表头），请分成几个文件导入`, {
    reason: 'too_many_rows',
  });
}

export function unsupportedFormat(filename: string): DomainError {
  const ext = /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase();
  const message =
    ext === 'xls' || ext === 'et' || ext === 'wps'
      ? `不支持旧版Excel/WPS格式（.${ext}），请在Excel或WPS中另存为.xlsx后重新上传`
      : `不支持的文件类型${ext ? `（.${ext}）` : ''}，请上传.xlsx或.csv文件`;
  return new DomainError('bad_request', message, { reason: 'unsupported_format' });
}

export function emptyFile(): DomainError {
  return new DomainError('bad_request', '文件是空的，请填写表头和数据后重新上传', { reason: 'empty_file' });
}

export function noDataRows(headerRow: number): DomainError {
  return new DomainError('bad_request', `第${headerRow}行表头下面没有数据，请填写数据后重新上传`, { reason: 'no_data_rows' });
}

/**
 * Names what is missing, where the header was looked for, and the headers that were not
 * understood, so a clerk sees at once that 企业名字 should read 企业名称.
 */
export function missingColumns(
  headers: readonly string[],
  headerRow: number | undefined,
  found: { unknown?: readonly string[]; sheet?: string } = {},
): DomainError {
  const sheet = found.sheet === undefined ? '' : `工作表“${found.sheet}”`;
  const where = headerRow === undefined ? (sheet ? `（${sheet}）` : '') : `（按${sheet}第${headerRow}行表头识别）`;
  const unknown = found.unknown && found.unknown.length > 0 ? `；未识别的列：${found.unknown.join('、')}` : '';
  return new DomainError('bad_request', `缺少必需的列：${headers.join('、')}${where}${unknown}。请使用系统提供的模板，或把表头改成模板中的名称`, {
    reason: 'missing_columns',
    issues: headers.map((field) => (headerRow === undefined ? { field, message: '缺少此列' } : { row: headerRow, field, message: '缺少此列' })),
  });
}

export function sheetNotFound(name: string, sheets: readonly string[]): DomainError {
  return new DomainError('bad_request', `文件中没有名为“${name}”的工作表，可选：${sheets.join('、')}`, {
    reason: 'sheet_not_found',
    issues: sheets.map((sheet) => ({ field: '工作表', message: sheet })),
  });
}

/** Several sheets carry the template's headers: the importer says which one to read. */
export function chooseSheet(sheets: readonly string[]): DomainError {
  return new DomainError('bad_request', `文件中有${sheets.length}个工作表都含有模板表头（${sheets.join('、')}），请选择要导入的工作表`, {
    reason: 'choose_sheet',
    // The sheets to choose from, one issue each, for the portal to offer.
    issues: sheets.map((sheet) => ({ field: '工作表', message: sheet })),
  });
}
