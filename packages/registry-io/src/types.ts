import type { OpenList, VocabularyProposal } from '@liancha/domain';
import type {
  Gender,
  InspectorFieldsBase,
  InspectorStatus,
  ItemCategory,
  ItemFields,
  ObjectFields,
  ObjectStatus,
  RegistryKind,
  RiskClass,
} from '@liancha/domain';

/**
 * Public types of @liancha/registry-io. Record shapes are the domain's entity fields (the
 * writable columns, camelCase), minus what the caller owns: ids, region, agency, timestamps,
 * and unit ids (resolved by the caller from `unitCode`).
 */

export type { Gender, InspectorStatus, ItemCategory, ObjectStatus, RegistryKind, RiskClass };
/** The file formats a registry is imported from and exported to. */
export const FILE_FORMATS = ['xlsx', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gbk';

/** 随机抽查事项清单 row → InspectionItemTable: the domain's item fields. */
export type InspectionItemRecord = ItemFields;

/** 检查对象名录库 row → ObjectTable: the domain's object fields. */
export type ObjectRecord = ObjectFields;

/** 执法检查人员名录库 row → InspectorTable (the caller maps `unitCode` to `unitId`). */
export interface InspectorRecord extends InspectorFieldsBase {
  /** Code of a unit (股室/中心) of the importing agency, or null. */
  unitCode: string | null;
}

export interface RegistryRecordMap {
  inspectionItem: InspectionItemRecord;
  object: ObjectRecord;
  inspector: InspectorRecord;
}

export type RegistryRecord<K extends RegistryKind> = RegistryRecordMap[K];

/** One code/name pair of reference data. `aliases` are extra names users may type (e.g. 危化). */
export interface ReferenceEntry {
  code: string;
  name: string;
  aliases?: readonly string[];
}

export interface SectorEntry extends ReferenceEntry {
  /** null for a main sector (行业领域), the main sector's code for a sub-sector (细分行业). */
  parentCode: string | null;
}

/**
 * What cells may name, supplied by the caller from the database. Cells may hold a code
 * or a name (or an alias); records always carry codes.
 */
export interface ReferenceData {
  /** Main sectors and sub-sectors together (the `sector` table). */
  sectors: readonly SectorEntry[];
  townships: readonly ReferenceEntry[];
  /** Inspector expertise tags (dimension `inspector_expertise`). */
  expertise: readonly ReferenceEntry[];
  /** Units (股室/中心) of the importing agency. */
  units: readonly ReferenceEntry[];
  /** Object tags (dimensions `object_*`). */
  objectTags: readonly ReferenceEntry[];
}

/** One fault of one row. `row` is the spreadsheet's own row number (header row = 1). */
export interface ImportIssue {
  row: number;
  /** The column's template header (Chinese), whatever header the file used for it. */
  column: string;
  /** The cell as read, when there was one. */
  value?: string;
  /** Simplified Chinese: what is wrong and how to fix it. */
  message: string;
}

export interface ImportLimits {
  /** Default 20 MiB. */
  maxBytes: number;
  /** Data rows, not counting the header and blank rows. Default 100,000. */
  maxRows: number;
}

/**
 * Reading: data rows read so far out of an estimate (the sheet's recorded dimension, or
 * the CSV's line count; 0 when unknown), which the last call corrects. The first call
 * (done 0) comes before the first row. Each row is checked as it is read.
 */
export interface ImportProgress {
  phase: 'reading';
  done: number;
  total: number;
}

export interface ParseContext {
  reference: ReferenceData;
  /** 'YYYY-MM-DD', the date certificates are checked against. */
  today: string;
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ImportProgress) => void;
  /** The worksheet to read, by name; by default the one whose rows hold the template's headers. */
  sheet?: string;
  /**
   * Receives the valid rows in file order, about a thousand at a time, as they are checked; the
   * outcome's `records` is then empty, so a large file's rows are never all held in memory.
   */
  onRecords?: (rows: ParsedRow<unknown>[]) => Promise<void>;
}

export interface ParseInput {
  bytes: Uint8Array;
  filename: string;
}

/**
 * The lists a clerk's file may extend: words the agency's own spreadsheets use for
 * 细分行业, object tags, 执法领域 and its own 股室. An unknown word of these lists is not a
 * fault but a proposal: the importer maps it to an existing entry or creates it. The lists
 * the rules depend on (行业领域, 风险等级, 乡镇) stay closed: unknown words there are faults.
 */
export { OPEN_LISTS, type OpenList, type VocabularyProposal } from '@liancha/domain';

/** An unknown word of an open list in one row, waiting for the importer's decision. */
export interface PendingValue {
  /** The record field it goes into: a code field, or a list of codes. */
  field: string;
  list: OpenList;
  text: string;
  /** For a sub-sector, the main sector of its row; otherwise null. */
  parentCode: string | null;
}

export interface ParsedRow<T> {
  row: number;
  record: T;
  /** Unknown words of open lists; the row is imported once each is mapped or created. */
  pending?: PendingValue[];
}

/** A row refused for its faults, as written (template column order), to be fixed and imported again. */
export interface RefusedRow {
  row: number;
  cells: string[];
  /** Every fault of the row, one message each, joined with '；'. */
  errors: string;
}

export interface ParseOutcome<K extends RegistryKind = RegistryKind> {
  kind: K;
  format: FileFormat;
  /** Only for CSV. */
  encoding?: TextEncoding;
  /** Data rows in the file (blank rows not counted). */
  totalRows: number;
  /** Rows without any issue, in file order (empty when `onRecords` took them). */
  records: ParsedRow<RegistryRecord<K>>[];
  /** How many rows had no issue. */
  recordCount: number;
  issues: ImportIssue[];
  /** Row number of the header row (1 unless title rows precede it). */
  headerRow: number;
  /**
   * Record fields whose column is present in the file. Absent columns get defaults in
   * `records`; an upsert should only overwrite these fields of existing rows.
   */
  fields: (keyof RegistryRecord<K> & string)[];
  /** Headers of columns that matched no template column and were ignored. */
  ignoredColumns: string[];
  /** The worksheet read (.xlsx only). */
  sheetName?: string;
  /** New words of open lists in valid rows, in the order first met. */
  proposals: VocabularyProposal[];
  /** Rows with faults, each with its cells and messages. */
  refused: RefusedRow[];
}

export interface WriteContext {
  reference: ReferenceData;
}
