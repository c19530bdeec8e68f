import type { Parsed } from './cell-parsers.js';
import { cleanCell } from './normalise-text.js';
import { restoreNeutralised } from './neutralise-formula.js';
import type { ColumnSpec } from './templates/column.js';
import type { SheetRow } from './sheet-row.js';
import type { ImportIssue, OpenList, PendingValue } from './types.js';

/**
 * Reads the cells of one data row by field and collects the row's faults. At most one
 * issue per column per row, so one bad cell gives one message. Reused for every row.
 */
export class RowReader {
  private current: SheetRow = { row: 0, cells: [] };
  private readonly faulty = new Set<string>();
  private pendingValues: PendingValue[] = [];
  private readonly headers = new Map<string, string>();

  constructor(
    columns: readonly ColumnSpec[],
    private readonly positions: ReadonlyMap<string, number>,
    private readonly issues: ImportIssue[],
  ) {
    for (const column of columns) this.headers.set(column.field, column.header);
  }

  start(row: SheetRow): void {
    this.current = row;
    this.faulty.clear();
    this.pendingValues = [];
  }

  /** The row's unknown words of open lists, or undefined when it has none. */
  get pending(): PendingValue[] | undefined {
    return this.pendingValues.length > 0 ? this.pendingValues : undefined;
  }

  /** An unknown word of an open list: not a fault, a proposal the importer decides on. */
  propose(field: string, list: OpenList, text: string, parentCode: string | null = null): void {
    this.pendingValues.push({ field, list, text, parentCode });
  }

  get row(): number {
    return this.current.row;
  }

  get failed(): boolean {
    return this.faulty.size > 0;
  }

  hasFault(field: string): boolean {
    return this.faulty.has(field);
  }

  header(field: string): string {
    return this.headers.get(field) ?? field;
  }

  /** The cell as read (trimmed, export's anti-formula quote removed); '' when blank or absent. */
  raw(field: string): string {
    const index = this.positions.get(field);
    if (index === undefined) return '';
    return cleanCell(restoreNeutralised(this.current.cells[index] ?? ''));
  }

  /** The cell text, or '' after reporting a number Excel has already truncated. */
  text(field: string): string {
    const text = this.raw(field);
    const index = this.positions.get(field);
    if (text !== '' && index !== undefined && this.current.lossy?.includes(index)) {
      this.fail(field, `${this.header(field)}“${text}”被Excel存成了数字，超过15位的部分已丢失；请把该列设置为“文本”格式后重新录入`, text);
      return '';
    }
    return text;
  }

  /** The cell text; a blank cell is reported as 缺少必填项. */
  required(field: string): string {
    const text = this.text(field);
    if (text === '' && !this.faulty.has(field)) this.fail(field, `缺少必填项“${this.header(field)}”`);
    return text;
  }

  /** Blank → fallback; otherwise the parser's value, or fallback after reporting its message. */
  parse<V, D>(field: string, parser: (text: string) => Parsed<V>, fallback: D, text = this.text(field)): V | D {
    if (text === '') return fallback;
    const result = parser(text);
    if (result.ok) return result.value;
    this.fail(field, result.message, text);
    return fallback;
  }

  fail(field: string, message: string, value?: string): void {
    if (this.faulty.has(field)) return;
    this.faulty.add(field);
    const issue: ImportIssue = { row: this.current.row, column: this.header(field), message };
    if (value !== undefined) issue.value = value;
    this.issues.push(issue);
  }
}
