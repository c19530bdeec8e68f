import { DomainError } from '@liancha/domain';
import { comparisonKey } from './normalise-text.js';
import type { ColumnSpec } from './templates/column.js';

/**
 * Header text → comparable key: full-width brackets and letters folded (NFKC), blanks,
 * the 'required' asterisk and 必填/选填 marks removed, case ignored.
 */
export function headerKey(text: string): string {
  return comparisonKey(text)
    .replace(/\*/g, '')
    .replace(/\((?:必填|选填|必填项|选填项)\)|^(?:必填|选填)|(?:必填|选填)$/g, '');
}

/** '许可证有效期(格式:2026-12-31)' → '许可证有效期': a fallback for headers with notes. */
function withoutNotes(key: string): string {
  return key.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】/g, '');
}

export interface HeaderMatch {
  /** 0-based column index of each matched field. */
  columns: Map<string, number>;
  /** Template columns marked required that the header row lacks. */
  missing: ColumnSpec[];
  /** Non-blank headers that matched nothing. */
  ignored: string[];
}

export function matchHeaders(cells: readonly string[], columns: readonly ColumnSpec[]): HeaderMatch {
  const exact = new Map<string, ColumnSpec>();
  for (const column of columns) {
    for (const name of [column.header, ...column.aliases]) exact.set(headerKey(name), column);
  }
  const matched = new Map<string, number>();
  const ignored: string[] = [];
  cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const key = headerKey(cell);
    const column = exact.get(key) ?? exact.get(withoutNotes(key));
    if (!column) {
      ignored.push(cell.trim());
      return;
    }
    const earlier = matched.get(column.field);
    if (earlier !== undefined) {
      throw new DomainError(
        'bad_request',
        `表头中第${earlier + 1}列“${cells[earlier]?.trim()}”和第${index + 1}列“${cell.trim()}”都表示“${column.header}”，请只保留一列`,
        { reason: 'duplicate_columns', issues: [{ field: column.header, message: '重复的列' }] },
      );
    }
    matched.set(column.field, index);
  });
  return { columns: matched, missing: columns.filter((column) => column.required && !matched.has(column.field)), ignored };
}
