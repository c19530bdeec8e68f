import type {
  AttachmentOwnerKind,
  CaseCheckKind,
  CaseCheckStatus,
  CaseTrigger,
  CheckStatus,
  CreditRecordKind,
  FollowUpKind,
  FollowUpStatus,
  HazardSeverity,
  HazardStatus,
  HazardStepKind,
  InspectionOutcome,
  ListingLevel,
  PenaltyCategory,
  ResultStatus,
  SanctionPartyKind,
  SanctionSeverity,
  SanctionStatus,
  TeamRole,
} from '@liancha/domain';
import type { DefaultedTimestamp, Auto, CreatedAt, DateString, Json, NullableTimestamp, TextArray } from './columns.js';
import type { ColumnType } from 'kysely';

export type {
  AttachmentOwnerKind,
  CaseCheckKind,
  CaseCheckStatus,
  CaseTrigger,
  CheckStatus,
  CreditRecordKind,
  FollowUpKind,
  FollowUpStatus,
  HazardSeverity,
  HazardStatus,
  InspectionOutcome,
  ListingLevel,
  PenaltyCategory,
  ResultStatus,
  SanctionPartyKind,
  SanctionSeverity,
  SanctionStatus,
  TeamRole,
};
/** The steps of a hazard's timeline (the domain's HazardStepKind). */
export type HazardProgressKind = HazardStepKind;

export interface CheckTable {
  id: Auto<string>;
  regionCode: string;
  taskId: string;
  drawId: string;
  objectId: string;
  status: Auto<CheckStatus>;
  scheduledOn: DateString | null;
  startedOn: DateString | null;
  endedOn: DateString | null;
  notice: Json<Record<string, unknown>>;
  /** Set when a substitution replaced this check's object (seq of the substitution). */
  replacedBySubstitution: number | null;
  /** 检查码, given when the task's checks are approved (the 2025 rules). */
  inspectionCode: ColumnType<string | null, string | null | undefined, string | null>;
  /** 扫码签到 / 签退 at the enterprise, and why a check has none. */
  checkedInAt: NullableTimestamp;
  checkedInBy: ColumnType<string | null, string | null | undefined, string | null>;
  checkedOutAt: NullableTimestamp;
  checkedOutBy: ColumnType<string | null, string | null | undefined, string | null>;
  noCheckInReason: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

export interface TeamMemberTable {
  regionCode: string;
  checkId: string;
  inspectorId: string;
  agencyId: string;
  role: Auto<TeamRole>;
  ticket: string;
}

export interface CheckResultTable {
  id: Auto<string>;
  regionCode: string;
  checkId: string;
  agencyId: string;
  itemId: string;
  resultCode: string;
  findings: Auto<string>;
  verificationMethods: TextArray;
  status: Auto<ResultStatus>;
  returnReason: string | null;
  submittedAt: NullableTimestamp;
  recordedBy: string | null;
  recordedAt: DefaultedTimestamp;
  approvedBy: string | null;
  approvedAt: NullableTimestamp;
}

export interface FollowUpActionTable {
  id: Auto<string>;
  regionCode: string;
  checkId: string;
  agencyId: string;
  kind: FollowUpKind;
  target: Auto<string>;
  deadline: DateString | null;
  status: Auto<FollowUpStatus>;
  note: Auto<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
  closedBy: string | null;
  closedAt: NullableTimestamp;
  closureNote: string | null;
}

export interface AttachmentTable {
  id: Auto<string>;
  /** Upload order (identity). */
  seq: Auto<number>;
  regionCode: string;
  agencyId: string;
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  uploadedAt: CreatedAt;
}

export interface HazardTable {
  id: Auto<string>;
  regionCode: string;
  checkId: string | null;
  objectId: string;
  agencyId: string;
  severity: HazardSeverity;
  description: string;
  foundOn: DateString;
  rectificationDeadline: DateString | null;
  status: Auto<HazardStatus>;
  listingLevel: ListingLevel | null;
  supervisingBody: string | null;
  listedAt: NullableTimestamp;
  listingDeadline: DateString | null;
  planResponsibility: string | null;
  planMeasures: string | null;
  planFunds: string | null;
  planTimeLimit: string | null;
  planContingency: string | null;
  acceptanceRequestedOn: DateString | null;
  acceptedOn: DateString | null;
  acceptedBy: string | null;
  writtenOffAt: NullableTimestamp;
  resumptionApprovedBy: string | null;
  resumptionApprovedAt: NullableTimestamp;
  escalatedAt: NullableTimestamp;
  escalationNote: string | null;
  /** 企业报告整改完成 (ordinary). */
  rectifiedOn: DateString | null;
  /** Last day for the 复查 (ordinary): set when the rectification is reported. */
  reinspectionDue: DateString | null;
  reinspectedOn: DateString | null;
  /** When the 五落实 plan was filed (major). */
  planFiledAt: NullableTimestamp;
  /** Last day for the 现场验收 (major): set when acceptance is requested. */
  acceptanceDue: DateString | null;
  escalationMeasures: TextArray;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: DefaultedTimestamp;
}

/** One step of a hazard's timeline. */
export interface HazardProgressTable {
  id: Auto<string>;
  /** Order of the steps (identity). */
  seq: Auto<number>;
  regionCode: string;
  hazardId: string;
  kind: HazardProgressKind;
  note: string;
  reportedOn: DateString;
  reportedBy: string | null;
  /** 复查 / 验收: passed or failed. */
  outcome: InspectionOutcome | null;
  /** A failed 复查 sets a new rectification deadline. */
  newDeadline: DateString | null;
  /** The step's own fields (listing level, 五落实 plan, escalation measures …); jsonb, defaults to {}. */
  details: Auto<Record<string, unknown>>;
  createdAt: CreatedAt;
}

export interface SanctionTable {
  id: Auto<string>;
  regionCode: string;
  checkId: string | null;
  objectId: string;
  agencyId: string;
  decisionNo: string;
  basis: string;
  penalty: string;
  fineFen: number | null;
  decidedOn: DateString;
  /** 双公示 fields (migration 2026-12-16-31-sanction-publicity). */
  violationType: Auto<string>;
  facts: Auto<string>;
  penaltyCategories: ColumnType<PenaltyCategory[], PenaltyCategory[] | undefined, PenaltyCategory[]>;
  validUntil: DateString | null;
  /** 失信行为程度: sets the 公示期限. */
  severity: Auto<SanctionSeverity>;
  publicityEndsOn: DateString;
  partyKind: Auto<SanctionPartyKind>;
  status: Auto<SanctionStatus>;
  createdBy: string | null;
  createdAt: CreatedAt;
  approvedBy: string | null;
  approvedAt: NullableTimestamp;
  publishedBy: string | null;
  publishedAt: NullableTimestamp;
  updatedAt: DefaultedTimestamp;
}

/** 个案检查 (migration 2026-12-13-26-case-checks): one agency, one enterprise, a stated trigger, the head's approval. */
export interface CaseCheckTable {
  regionCode: string;
  id: Auto<string>;
  agencyId: string;
  objectId: string;
  /** A 个案检查, or a check under a 专项检查 (`campaignId`). */
  kind: Auto<CaseCheckKind>;
  campaignId: string | null;
  /** Why a 个案检查 began; none for a campaign's check. */
  trigger: CaseTrigger | null;
  reason: string;
  legalBasis: string;
  windowFrom: DateString;
  windowTo: DateString;
  emergency: boolean;
  status: Auto<CaseCheckStatus>;
  requestedBy: string;
  requestedAt: CreatedAt;
  decidedBy: string | null;
  decidedAt: NullableTimestamp;
  decisionNote: string | null;
  endedOn: DateString | null;
  findings: string | null;
  /** 检查码, once approved. */
  inspectionCode: string | null;
  updatedAt: DefaultedTimestamp;
}

export interface CaseCheckOfficerTable {
  regionCode: string;
  caseCheckId: string;
  inspectorId: string;
}

export interface CreditRecordTable {
  id: Auto<string>;
  /** Order of the records (identity): several may share one transaction's timestamp. */
  seq: Auto<number>;
  regionCode: string;
  objectId: string;
  agencyId: string | null;
  kind: CreditRecordKind;
  sourceId: string | null;
  previousClass: string | null;
  newClass: string | null;
  reason: string;
  recordedBy: string | null;
  recordedAt: DefaultedTimestamp;
}
