import type { ReferenceIndex } from '../reference-index.js';
import type { RowReader } from '../row-reader.js';
import type { RegistryKind, RegistryRecord } from '../types.js';

/** One column of a registry template. */
export interface ColumnSpec<F extends string = string> {
  field: F;
  /** The header written on export and in templates. */
  header: string;
  /** Other headers real spreadsheets use for the same column. */
  aliases: readonly string[];
  /** The header must be present and the cell filled. */
  required: boolean;
  /** How xlsx export stores the cell; CSV always writes text. */
  type: 'text' | 'date' | 'ratio';
  /** Format the column as Text in xlsx so Excel keeps codes with digits as typed. */
  textFormat?: boolean;
  /** Column width in characters for xlsx. */
  width: number;
  /** 填写说明 shown in the template. */
  hint: string;
  example: string;
}

export interface RowEnv {
  reference: ReferenceIndex;
  /** 'YYYY-MM-DD' */
  today: string;
}

export interface RegistryTemplate<K extends RegistryKind> {
  kind: K;
  /** 检查对象名录库 … */
  title: string;
  sheetName: string;
  columns: readonly ColumnSpec<keyof RegistryRecord<K> & string>[];
  /** The upsert key; duplicates within a file are row faults. */
  keyField: keyof RegistryRecord<K> & string;
  /** The record of a row; meaningful only when the reader reports no fault. */
  parseRow(row: RowReader, env: RowEnv): RegistryRecord<K>;
  /** Cell texts in column order, the form parseRow reads back. */
  toCells(record: RegistryRecord<K>, reference: ReferenceIndex): string[];
}
