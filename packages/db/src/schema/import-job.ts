import type { ImportJobStatus, OpenList, RegistryKind } from '@liancha/domain';
import type { Auto, CreatedAt, DefaultedTimestamp, Json, NullableTimestamp } from './columns.js';

export type { ImportJobStatus, OpenList, RegistryKind };

export interface ImportIssue {
  row: number;
  column: string;
  value?: string;
  message: string;
}

export interface ImportJobTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  userId: string;
  kind: RegistryKind;
  filename: string;
  fileSha256: string;
  sizeBytes: number;
  status: Auto<ImportJobStatus>;
  phase: Auto<string>;
  progressDone: Auto<number>;
  progressTotal: Auto<number>;
  format: string | null;
  encoding: string | null;
  totalRows: number | null;
  issues: Json<ImportIssue[]>;
  records: Json<unknown[]> | null;
  error: string | null;
  summary: Json<Record<string, unknown>> | null;
  /** Rows refused for their faults: `{ row, cells, errors }` (registry-io's RefusedRow). */
  refused: Json<unknown[]>;
  /** New words of open lists: registry-io's VocabularyProposal. */
  proposals: Json<unknown[]>;
  sheetName: string | null;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
  committedAt: NullableTimestamp;
}

/** The before and after of one committed batch of an import; the audit event of the batch holds its SHA-256. */
export interface ImportBatchTable {
  regionCode: string;
  jobId: string;
  batchNo: number;
  firstRow: number;
  lastRow: number;
  rowCount: number;
  rows: Json<unknown[]>;
  sha256: string;
}

/** The valid rows of a previewed import, a chunk at a time (registry-io's ParsedRow). */
export interface ImportJobChunkTable {
  regionCode: string;
  jobId: string;
  chunkNo: number;
  rowCount: number;
  rows: Json<unknown[]>;
}

/** An agency's own word for an entry of an open list, remembered from an import. */
export interface VocabularyMappingTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  list: OpenList;
  /** The main sector of a sub-sector word; '' for the other lists. */
  parentCode: Auto<string>;
  /** The word as compared (see registry-io comparisonKey). */
  sourceKey: string;
  sourceText: string;
  targetCode: string;
  createdBy: string;
  createdAt: CreatedAt;
}
