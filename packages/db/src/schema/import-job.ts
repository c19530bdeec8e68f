import type { ImportJobStatus, RegistryKind } from '@liancha/domain';
import type { Auto, CreatedAt, DefaultedTimestamp, Json, NullableTimestamp } from './columns.js';

export type { ImportJobStatus, RegistryKind };

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
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
  committedAt: NullableTimestamp;
}
