/** A test sheet by column key: its header (the Chinese column names) and rows, blank where a cell is not given. */
export function sheetColumns<K extends string>(columns: Record<K, string>) {
  const keys = Object.keys(columns) as K[];
  return { header: Object.values<string>(columns), row: (cells: Partial<Record<K, string>>) => keys.map((k) => cells[k] ?? '') };
}
