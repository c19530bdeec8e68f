export * from './errors.js';
export * from './uscc/uscc.js';

// Canonical JSON and hashing (protocol §2–3)
export { canonicalJson, type CanonicalValue } from './canonical/canonical-json.js';
export { sha256Hex } from './crypto/sha256.js';

// The verifiable draw (docs/draw-protocol.md)
export { ALGORITHM_ID, STRATUM_SEPARATOR } from './draw/protocol.js';
export {
  buildPoolSnapshot,
  PoolSnapshotBuilder,
  frequencyCapFor,
  EXCLUSION_REASON_LABELS,
  type ExclusionReason,
  type ObjectRow,
  type PoolRules,
  type PoolSnapshot,
} from './draw/pool-snapshot.js';
export { fixedCount, ratioBp, roundRatio, sampleSize, type Rounding, type Selection } from './draw/sample-size.js';
export { resolveMatrix, type MatrixEntry, type MatrixRuleInput, type MatrixSpec } from './draw/matrix.js';
export { batchMatrix, nextBatchQuota, planBatchQuotas, splitEvenly, type BatchQuotaPlan, type YearlyQuotaInput } from './draw/batch-quotas.js';
export {
  computeCommitment,
  freezePool,
  freezeTask,
  type CommitmentInputs,
  type FreezeInput,
  type FrozenTask,
  type PoolFreezeInput,
  type TaskHeader,
} from './draw/commitment.js';
export {
  checkReveal,
  checkReveals,
  commitSecret,
  createEntropySecret,
  deriveSeed,
  MIN_SECRET_LENGTH,
  normaliseEntropySources,
  type EntropySource,
  type Reveal,
} from './draw/entropy.js';
export {
  announcedEntryRefusal,
  announcedValueFormatError,
  announcementDescription,
  beijingMinuteOf,
  isProtocolInstant,
  normaliseAnnouncement,
  type EntropyAnnouncement,
} from './draw/announcement.js';
export { isDrawProducer, type DrawProducer } from './draw/producer.js';
export { Tickets } from './draw/tickets.js';
export { drawObjects, type DrawnObject, type StratumDraw } from './draw/object-draw.js';
export { currentChecks, drawTeams, runDraw, type CurrentCheck, type DrawBundle } from './draw/proof-bundle.js';
export { proofSummary, type ProofSummary } from './draw/proof-summary.js';
export {
  applySubstitution,
  SUBSTITUTION_REASON_LABELS,
  SUBSTITUTION_REASONS,
  type Substitution,
  type SubstitutionReason,
  type SubstitutionRequest,
} from './draw/substitution.js';
export { applyRecusal, type Recusal, type RecusalRequest } from './draw/recusal.js';
export { currentTeams } from './draw/teams-in-force.js';
export { verifyDraw, type VerifyResult } from './draw/verify-draw.js';
export { drawStanding, standingIn, type Standing, type StandingResult } from './draw/draw-standing.js';
export type { JsonDifference } from './draw/json-diff.js';
export { previewFairness, type FairnessOptions, type FairnessReport } from './draw/fairness-preview.js';

// Teams (protocol §8)
export {
  buildTeamSnapshot,
  INSPECTOR_EXCLUSION_LABELS,
  type ConflictRow,
  type InspectionHistoryRow,
  type InspectorExclusionReason,
  type InspectorRole,
  type InspectorRow,
  type RosterEntry,
  type TeamRules,
  type TeamRulesInput,
  type TeamSnapshot,
  type TeamSpec,
} from './team/roster-snapshot.js';
export { assignTeams, type CheckTeam, type TeamAssignmentOptions, type TeamMember, type TeamOutcome } from './team/team-assignment.js';
export type { CheckRef } from './team/eligibility.js';
export type { TeamIssue, TeamIssueCode } from './team/team-diagnosis.js';
export { checkTeamFeasibility, type FeasibilityReport, type SeatBalance } from './team/team-feasibility.js';

// Working days on the official holiday calendar (publication deadlines)
export { addCalendarDays, assertIsoDate, dateInShanghai, dayOfWeek, quarterOf, yearOf } from './calendar/iso-date.js';
export { isIsoDate } from './draw/text-rules.js';
export {
  addWorkingDays,
  buildCalendar,
  calendarNotCovered,
  describeYears,
  isCovered,
  isScheduled,
  isWorkingDay,
  workingDayDate,
  workingDaysBetween,
  type CalendarDate,
  type HolidaySchedule,
  type WorkingDayCalendar,
} from './calendar/working-days.js';
// Reference copy of the 2020–2026 schedules (the database seed carries its own; see holidays-cn.ts).
export { CN_HOLIDAY_SCHEDULES, CN_OFFICIAL_CALENDAR } from './calendar/holidays-cn.js';
// Statutory holidays and lunar dates: import from '@liancha/domain/statutory' (see src/statutory.ts).

// The vocabulary: statuses, classes, kinds and roles with their Chinese names (also `@liancha/domain/vocabulary`)
export * from './vocabulary/index.js';

// Overdue: the one rule of deadlines (its SQL twin is overdueWhere in packages/db)
export {
  FOLLOW_UP_DEADLINE,
  HAZARD_DEADLINES,
  hazardOverdueFlags,
  isOverdue,
  NOTE_DEADLINE,
  type DeadlineRule,
  type HazardDeadlineField,
} from './deadlines/overdue.js';

// The seed's rules and their defaults, one module each (docs/rules.md maps them to the code and tests)
export { MIN_OFFICERS_PER_TEAM } from './rules/team-officers.js';
export { caseEndedOnRefusal, caseOfficerIssues, caseWindowRefusal, type CaseOfficer } from './rules/case-check.js';
export { assertCaseCheckStep, CASE_CHECK_STEPS, type CaseCheckStep } from './rules/case-check-state.js';
export {
  CHECK_APPROVAL_RULES_FROM,
  checkApprovalApplies,
  checkInDateRefusal,
  checkInUsccRefusal,
  pendingCheckApprovals,
  resultsWithoutCheckInRefusal,
  unapprovedChecksRefusal,
  type ApprovingParticipant,
} from './rules/check-approval.js';
export {
  capExemption,
  capLineFor,
  capLinesRefusal,
  capRefusal,
  capVerdict,
  capVersionInForce,
  capWarnings,
  HIGH_FREQUENCY_MARGIN,
  isAtCap,
  JOINT_CHECK_RATE_TARGET_2025_BP,
  JOINT_CHECK_RATE_TARGET_2027_BP,
  jointCheckRateBp,
  jointCheckRateTargetBp,
  MAX_PUBLISHED_CAP_PER_YEAR,
  mergeAdvice,
  MULTI_AGENCY_WINDOW_DAYS,
  plannedCheckStanding,
  REPEAT_WINDOW_DAYS,
  type AgencyCount,
  type CapCheck,
  type CapLine,
  type CapOverride,
  type CapVerdict,
  type CapVersion,
  type CapWarning,
  type LedgerEvent,
} from './rules/inspection-cap.js';
export {
  addCalendarMonths,
  CAMPAIGN_COUNTED_STATUSES,
  CAMPAIGN_PUBLICATION_MONTHS,
  CAMPAIGN_QUOTA_PER_YEAR,
  campaignCheckRefusal,
  campaignPublicationLate,
  campaignPublishBy,
  campaignQuota,
  campaignQuotaRefusal,
  campaignWindowRefusal,
} from './rules/campaign.js';
export { assertCampaignStep, CAMPAIGN_STEP_ACTOR, CAMPAIGN_STEP_LABELS, CAMPAIGN_STEPS, type CampaignStep } from './rules/campaign-state.js';
export { inspectionCodeFrom, inspectionVerdict, normaliseInspectionCode, type Verdict as InspectionVerdict } from './rules/inspection-code.js';
export { MIN_OFFICERS_PER_AGENCY } from './rules/agency-seats.js';
export { applicableItems, itemAppliesTo } from './rules/item-applies.js';
export { finishDateRefusal, noticeDateRefusal, startDateRefusal, type DateWindow } from './rules/visit-dates.js';
export { backfillRefusal, batchWindowRefusal } from './rules/task-dates.js';
export { RESULT_PUBLICATION_WORKING_DAYS } from './rules/result-publication.js';
export {
  defaultPenaltyCategories,
  fineWanYuan,
  inPublicity,
  SANCTION_PUBLICITY_MONTHS,
  sanctionPublicityEndsOn,
  sanctionShortestPublicityEndsOn,
} from './rules/sanction-publicity.js';
export { holdsPersonalData, maskPersonalData } from './rules/personal-data.js';
export { MAX_ATTACHMENT_BYTES, attachmentTooLargeMessage } from './rules/attachment-size.js';
export {
  describeLooserCaps,
  effectiveCaps,
  FREQUENCY_CAP_PER_YEAR,
  looserThanPlan,
  planCaps,
  type FrequencyCaps,
  type LooserCap,
  type PlanCaps,
} from './rules/frequency-cap.js';
export {
  floorUnits,
  RATIO_FLOOR_BP,
  yearFloorReach,
  type FloorReach,
  type FloorSector,
  type PendingBatch,
  type PendingQuota,
  type SectorFloorReach,
} from './rules/ratio-floor.js';

// Check results (检查结果, 核查方式)
export {
  isProblemResult,
  PROBLEM_RESULT_CODES,
  RESULT_CODE_LIST,
  RESULT_CODES,
  VERIFICATION_METHOD_LIST,
  VERIFICATION_METHODS,
  type ResultCode,
  type VerificationMethod,
} from './checks/result-codes.js';

// Who acts next on each workflow (every workflow page says it)
export {
  checkNextStep,
  nextStepText,
  taskNextStep,
  type CheckFacts as CheckNextFacts,
  type NextStep,
  type TaskFacts as TaskNextFacts,
} from './workflow/next-step.js';
export {
  followUpNextStep,
  hazardNextStep,
  noteNextStep,
  planNextStep,
  sanctionNextStep,
  caseCheckNextStep,
  campaignNextStep,
  type HazardFacts as HazardNextFacts,
} from './workflow/record-next-step.js';

// The enterprise's own area (activation codes, 回避, ratings)
export {
  ACTIVATION_CODE_DAYS,
  ACTIVATION_CODE_LENGTH,
  ACTIVATION_REFUSAL,
  activationCodeFrom,
  ENTERPRISE_SESSION_HOURS,
  normaliseActivationCode,
  RATING_MIN_GROUP,
  ratingAggregateShown,
  ratingRefusal,
  recusalRequestRefusal,
} from './rules/enterprise-access.js';
