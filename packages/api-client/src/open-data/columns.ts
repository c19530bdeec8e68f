/** How a field's values are written, as the data dictionary names them. */
export type OpenFieldType = '文本' | '代码' | '编号' | '日期' | '时间' | '整数';

/**
 * One column of an open-data list, declared once: its JSON key, its CSV header (Chinese), what it
 * means, its type and where its value comes from. The CSV header row, the JSON keys and the data
 * dictionary page are all built from the same declaration, so they cannot disagree.
 */
export interface OpenColumn<R> {
  key: string;
  header: string;
  meaning: string;
  type: OpenFieldType;
  /** Where the value comes from (the rule that produces it), in Chinese. */
  source: string;
  value: (row: R) => string | number | null;
}

/** A downloadable list: its Chinese name, a file stem, and its columns. */
export interface OpenList<R> {
  /** Chinese name, as the data dictionary and the file name show it. */
  title: string;
  /** ASCII file stem for old browsers and the bulk files' URLs. */
  slug: string;
  /** What one row is, in Chinese. */
  row: string;
  columns: readonly OpenColumn<R>[];
}

/** The row as a JSON object with the declared keys, in the declared order. */
export function jsonRow<R>(list: OpenList<R>, row: R): Record<string, string | number | null> {
  return Object.fromEntries(list.columns.map((c) => [c.key, c.value(row)]));
}

/** The row as CSV cells (null as an empty cell). */
export function csvRow<R>(list: OpenList<R>, row: R): string[] {
  return list.columns.map((c) => {
    const value = c.value(row);
    return value === null ? '' : String(value);
  });
}

/** The dictionary entry of each field, as the data page lists it. */
// Any list's dictionary: the values are not read, so the row type does not matter.
export function dictionaryOf(list: OpenList<never>): { key: string; header: string; meaning: string; type: OpenFieldType; source: string }[] {
  return list.columns.map(({ key, header, meaning, type, source }) => ({ key, header, meaning, type, source }));
}
