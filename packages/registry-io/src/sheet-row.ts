/** One row of a sheet or CSV: cell texts by 0-based column, and the columns that lost digits. */
export interface SheetRow {
  /** The spreadsheet's own row number (1-based). */
  row: number;
  cells: string[];
  /** Columns whose number had more digits than Excel keeps (see xlsx-cell-text.ts). */
  lossy?: number[];
}
