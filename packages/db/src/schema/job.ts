import type { JobKind, JobStatus } from '@liancha/domain';
import type { Auto, CreatedAt, Json, NullableTimestamp } from './columns.js';

export type { JobKind, JobStatus };

/** What a refused job keeps of its DomainError. */
export interface JobErrorData {
  kind: string;
  reason: string | null;
  issues: { field?: string; message: string }[];
}

/** A piece of long work, queued by a request and run by a job runner (migration 2026-12-09-21-jobs). */
export interface JobTable {
  regionCode: string;
  id: Auto<string>;
  kind: JobKind;
  /** The row the job works on: an import job, a draw. */
  subjectId: string;
  payload: Json<Record<string, unknown>>;
  /** An uploaded file, until the job has read it. */
  input: Uint8Array | null;
  status: Auto<JobStatus>;
  attempts: Auto<number>;
  runAfter: Auto<Date>;
  claimedBy: string | null;
  heartbeatAt: NullableTimestamp;
  finishedAt: NullableTimestamp;
  error: string | null;
  /** A refusal's kind, reason and issues (DomainError), so a waiting request can answer with them. */
  errorData: Json<JobErrorData> | null;
  createdBy: string | null;
  createdAt: CreatedAt;
}
