import type { ParticipantRole, ParticipantStatus, PlanStatus, TaskKind, TaskStatus } from '@liancha/domain';
import type { ColumnType } from 'kysely';
import type { DefaultedTimestamp, Auto, CreatedAt, DateString, Json, NullableTimestamp } from './columns.js';

export type { ParticipantRole, ParticipantStatus, PlanStatus, TaskKind, TaskStatus };

export interface AnnualPlanTable {
  id: Auto<string>;
  regionCode: string;
  agencyId: string;
  year: number;
  version: Auto<number>;
  title: string;
  status: Auto<PlanStatus>;
  ratioFloorBp: Auto<number>;
  frequencyCaps: Json<Record<string, number>>;
  notes: Auto<string>;
  previousVersionId: string | null;
  adjustmentReason: string | null;
  createdBy: string | null;
  submittedAt: NullableTimestamp;
  approvedBy: string | null;
  approvedAt: NullableTimestamp;
  publishedAt: NullableTimestamp;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

export interface AnnualPlanItemTable {
  regionCode: string;
  planId: string;
  itemId: string;
}

export interface PlanBatchTable {
  id: Auto<string>;
  regionCode: string;
  planId: string;
  seq: number;
  name: string;
  scope: Json<Record<string, unknown>>;
  quantity: number | null;
  ratioBp: number | null;
  startsOn: DateString;
  endsOn: DateString;
}

export interface JointTaskTable {
  id: Auto<string>;
  regionCode: string;
  leadAgencyId: string;
  planBatchId: string | null;
  adHoc: Auto<boolean>;
  kind: Auto<TaskKind>;
  code: string;
  title: string;
  status: Auto<TaskStatus>;
  poolFilter: Json<Record<string, unknown>>;
  matrix: Json<Record<string, unknown>>;
  teamRules: Json<Record<string, unknown>>;
  inspectionStartsOn: DateString | null;
  inspectionEndsOn: DateString | null;
  /** 补录: why a task was entered after its inspections began (null: entered beforehand). */
  backfillReason: ColumnType<string | null, string | null | undefined, string | null>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

export interface JointTaskParticipantTable {
  id: Auto<string>;
  regionCode: string;
  taskId: string;
  agencyId: string;
  unitId: string | null;
  role: ParticipantRole;
  status: Auto<ParticipantStatus>;
  confirmedBy: string | null;
  confirmedAt: NullableTimestamp;
  /** 行政检查审批: the agency head who approved this agency's part of the task's checks, once per task. */
  checksApprovedBy: ColumnType<string | null, string | null | undefined, string | null>;
  checksApprovedAt: NullableTimestamp;
  checksApprovalNote: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JointTaskItemTable {
  regionCode: string;
  taskId: string;
  itemId: string;
  agencyId: string;
}

export interface JointTaskInspectorTable {
  regionCode: string;
  taskId: string;
  inspectorId: string;
  agencyId: string;
}
