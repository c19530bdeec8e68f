import type { HolidayScheduleDayTable, HolidayScheduleTable } from './calendar.js';
import type { CampaignQuotaTable, InspectionCampaignTable } from './campaigns.js';
import type {
  AttachmentTable,
  CaseCheckOfficerTable,
  CaseCheckTable,
  CheckResultTable,
  CheckTable,
  CreditRecordTable,
  FollowUpActionTable,
  HazardProgressTable,
  HazardTable,
  SanctionTable,
  TeamMemberTable,
} from './checks.js';
import type {
  CheckRatingMarkTable,
  DrawPoolMemberTable,
  EnterpriseActivationTable,
  EnterpriseComplaintTable,
  EnterpriseSessionTable,
  InspectionRatingTable,
  RecusalRequestTable,
} from './enterprise.js';
import type { InspectionCapLineTable, InspectionCapOverrideTable, InspectionCapVersionTable } from './inspection-cap.js';
import type { DrawEntropyTable, DrawResultTable, DrawSubstitutionTable, DrawTable } from './draw.js';
import type {
  AgencyTable,
  AppUserTable,
  LoginNameTable,
  RegionTable,
  SectorTable,
  TagTable,
  TownshipTable,
  UnitTable,
  UserSessionTable,
} from './organisation.js';
import type { ImportBatchTable, ImportJobChunkTable, ImportJobTable, VocabularyMappingTable } from './import-job.js';
import type { JobTable } from './job.js';
import type { LoginThrottleTable } from './login-throttle.js';
import type { AuditEventTable, FigureSnapshotTable, NotificationTable, PlatformAuditEventTable, PublicationTable, SupervisionNoteTable } from './oversight.js';
import type { AuditAnchorTable } from './audit-anchor.js';
import type {
  AnnualPlanItemTable,
  AnnualPlanTable,
  JointTaskInspectorTable,
  JointTaskItemTable,
  JointTaskParticipantTable,
  JointTaskTable,
  PlanBatchTable,
} from './planning.js';
import type {
  ConflictTable,
  InspectionItemTable,
  InspectorTable,
  ObjectSupervisionTable,
  ObjectTable,
  ObjectTallyTable,
  SupervisionTallyTable,
} from './registries.js';

/** Kysely's view of the schema; keys are camelCase, tables and columns snake_case (CamelCasePlugin). */
export interface DB {
  region: RegionTable;
  sector: SectorTable;
  township: TownshipTable;
  agency: AgencyTable;
  unit: UnitTable;
  appUser: AppUserTable;
  userSession: UserSessionTable;
  tag: TagTable;
  inspectionItem: InspectionItemTable;
  object: ObjectTable;
  objectSupervision: ObjectSupervisionTable;
  objectTally: ObjectTallyTable;
  supervisionTally: SupervisionTallyTable;
  inspector: InspectorTable;
  conflict: ConflictTable;
  annualPlan: AnnualPlanTable;
  annualPlanItem: AnnualPlanItemTable;
  planBatch: PlanBatchTable;
  jointTask: JointTaskTable;
  jointTaskParticipant: JointTaskParticipantTable;
  jointTaskItem: JointTaskItemTable;
  jointTaskInspector: JointTaskInspectorTable;
  draw: DrawTable;
  drawEntropy: DrawEntropyTable;
  drawResult: DrawResultTable;
  drawSubstitution: DrawSubstitutionTable;
  check: CheckTable;
  teamMember: TeamMemberTable;
  checkResult: CheckResultTable;
  followUpAction: FollowUpActionTable;
  attachment: AttachmentTable;
  hazard: HazardTable;
  hazardProgress: HazardProgressTable;
  sanction: SanctionTable;
  caseCheck: CaseCheckTable;
  caseCheckOfficer: CaseCheckOfficerTable;
  inspectionCapVersion: InspectionCapVersionTable;
  inspectionCapLine: InspectionCapLineTable;
  inspectionCapOverride: InspectionCapOverrideTable;
  enterpriseActivation: EnterpriseActivationTable;
  enterpriseSession: EnterpriseSessionTable;
  recusalRequest: RecusalRequestTable;
  checkRatingMark: CheckRatingMarkTable;
  inspectionRating: InspectionRatingTable;
  enterpriseComplaint: EnterpriseComplaintTable;
  drawPoolMember: DrawPoolMemberTable;
  inspectionCampaign: InspectionCampaignTable;
  campaignQuota: CampaignQuotaTable;
  creditRecord: CreditRecordTable;
  publication: PublicationTable;
  supervisionNote: SupervisionNoteTable;
  notification: NotificationTable;
  auditEvent: AuditEventTable;
  platformAuditEvent: PlatformAuditEventTable;
  loginName: LoginNameTable;
  auditAnchor: AuditAnchorTable;
  importJob: ImportJobTable;
  importBatch: ImportBatchTable;
  importJobChunk: ImportJobChunkTable;
  job: JobTable;
  figureSnapshot: FigureSnapshotTable;
  vocabularyMapping: VocabularyMappingTable;
  loginThrottle: LoginThrottleTable;
  holidaySchedule: HolidayScheduleTable;
  holidayScheduleDay: HolidayScheduleDayTable;
}
