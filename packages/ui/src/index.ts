export { default as AppShell } from './lib/AppShell.svelte';
export { default as SignedInShell } from './lib/SignedInShell.svelte';
export { default as ErrorCard } from './lib/ErrorCard.svelte';
export { default as PortalRoot } from './lib/PortalRoot.svelte';
export { default as LoginPanel } from './lib/LoginPanel.svelte';
export { default as PageHeader } from './lib/PageHeader.svelte';
export { default as TextField } from './lib/TextField.svelte';
export { default as TextareaField } from './lib/TextareaField.svelte';
export { default as SelectField } from './lib/SelectField.svelte';
export { default as CheckboxField } from './lib/CheckboxField.svelte';
export { default as CheckboxGroup } from './lib/CheckboxGroup.svelte';
export { default as FormAlert } from './lib/FormAlert.svelte';
export { default as Pager } from './lib/Pager.svelte';
export { default as SortHeader } from './lib/SortHeader.svelte';
export { default as StatusBadge } from './lib/StatusBadge.svelte';
export { default as StateBadge } from './lib/StateBadge.svelte';
export { default as FilterForm } from './lib/FilterForm.svelte';
export { default as PagedTable } from './lib/PagedTable.svelte';
export { default as DataTable } from './lib/DataTable.svelte';
export { default as ProgressBar } from './lib/ProgressBar.svelte';
export { default as Stepper } from './lib/Stepper.svelte';
export { default as ExportLinks } from './lib/ExportLinks.svelte';
export { default as NextStep } from './lib/NextStep.svelte';
export { default as NotificationList } from './lib/NotificationList.svelte';
export { default as BarChart } from './lib/BarChart.svelte';
export { default as DueDate } from './lib/DueDate.svelte';
export { dueText, provisionalNote } from './lib/due-date.js';
export type { Bar } from './lib/BarChart.svelte';
export type { Step } from './lib/Stepper.svelte';
export type { Option } from './lib/SelectField.svelte';
export type { Tone } from './lib/StatusBadge.svelte';
export { fieldIds } from './lib/field-ids.js';
export { bpToPercent, fieldError, refusalOf, typed, typedField, typedList, typedListField, type RefusalData } from './lib/form-state.js';
export { cursorParam, pageHref, sortHref, type ListCursor } from './lib/list-links.js';
export {
  CHECK_STATUS,
  dateTime,
  day,
  DRAW_STATUS,
  fileSize,
  FOLLOW_UP_STATUS,
  HAZARD_SEVERITY,
  HAZARD_STATUS,
  INSPECTION_OUTCOME,
  INSPECTOR_STATUS,
  labelled,
  labelOf,
  stateOptions,
  NOTE_STATUS,
  OBJECT_STATUS,
  PARTICIPANT_STATUS,
  PLAN_STATUS,
  PUBLICATION_KIND,
  RECUSAL_STATUS,
  RESULT_STATUS,
  SANCTION_STATUS,
  CASE_CHECK_STATUS,
  CAMPAIGN_STATUS,
  caseCheckGround,
  TASK_STATUS,
  toneOf,
  type Labelled,
} from './lib/labels.js';
export { default as HazardFacts } from './lib/HazardFacts.svelte';
export { default as CaseCheckFacts } from './lib/CaseCheckFacts.svelte';
export { default as CampaignFacts } from './lib/CampaignFacts.svelte';
export { default as CapLedger } from './lib/CapLedger.svelte';
export { default as RecusalFacts } from './lib/RecusalFacts.svelte';
export { default as HazardTimeline } from './lib/HazardTimeline.svelte';
export { hazardProgress, type HazardShown } from './lib/hazard-view.js';
export { ROLE_LABELS, roleLabels } from '@liancha/domain/vocabulary';
// Vocabularies the portals show in Chinese (检查结果、核查方式、排除原因、替补原因、回避原因).
export {
  CONFLICT_REASON_LABELS,
  CONFLICT_REASONS,
  EXCLUSION_REASON_LABELS,
  RESULT_CODE_LIST,
  RESULT_CODES,
  SUBSTITUTION_REASON_LABELS,
  VERIFICATION_METHOD_LIST,
  VERIFICATION_METHODS,
  isProblemResult,
  sha256Hex,
} from '@liancha/domain';
// The seed's rules and defaults (docs/rules.md), shown and pre-filled by the portals.
export {
  FREQUENCY_CAP_PER_YEAR,
  MIN_OFFICERS_PER_AGENCY,
  MIN_OFFICERS_PER_TEAM,
  RATIO_FLOOR_BP,
  RESULT_PUBLICATION_WORKING_DAYS,
  type ConflictReason,
} from '@liancha/domain';
