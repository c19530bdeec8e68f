import type {
  CampaignStatus,
  CaseCheckStatus,
  CheckStatus,
  DrawStatus,
  FollowUpStatus,
  HazardSeverity,
  HazardStatus,
  InspectionOutcome,
  InspectorStatus,
  NoteStatus,
  ObjectStatus,
  ParticipantStatus,
  PlanStatus,
  PublicationKind,
  RecusalStatus,
  ResultStatus,
  SanctionStatus,
  TaskStatus,
} from '@liancha/domain/vocabulary';
import type { Tone } from './StatusBadge.svelte';

/**
 * The badge colour of each state: presentation, so it lives here, keyed by the domain's types
 * (a state added to the domain and not given a tone fails typecheck). The words are the
 * domain's label tables.
 */
export const PLAN_STATUS_TONES: Record<PlanStatus, Tone> = {
  draft: 'neutral',
  submitted: 'warn',
  approved: 'info',
  rejected: 'danger',
  published: 'ok',
  superseded: 'neutral',
};

export const TASK_STATUS_TONES: Record<TaskStatus, Tone> = {
  draft: 'neutral',
  inviting: 'warn',
  ready: 'info',
  frozen: 'warn',
  drawn: 'ok',
  in_progress: 'info',
  completed: 'ok',
  cancelled: 'neutral',
};

export const PARTICIPANT_STATUS_TONES: Record<ParticipantStatus, Tone> = { invited: 'warn', confirmed: 'ok', declined: 'danger' };

export const DRAW_STATUS_TONES: Record<DrawStatus, Tone> = { open: 'warn', frozen: 'warn', drawn: 'ok', cancelled: 'neutral' };

export const CHECK_STATUS_TONES: Record<CheckStatus, Tone> = {
  planned: 'neutral',
  notified: 'info',
  in_progress: 'warn',
  recorded: 'warn',
  approved: 'ok',
  closed: 'ok',
  cancelled: 'neutral',
};

export const RESULT_STATUS_TONES: Record<ResultStatus, Tone> = { draft: 'neutral', submitted: 'warn', approved: 'ok', returned: 'danger' };

export const FOLLOW_UP_STATUS_TONES: Record<FollowUpStatus, Tone> = { open: 'warn', closed: 'ok' };

export const SANCTION_STATUS_TONES: Record<SanctionStatus, Tone> = { draft: 'warn', approved: 'info', published: 'ok' };
export const CASE_CHECK_STATUS_TONES: Record<CaseCheckStatus, Tone> = {
  submitted: 'warn',
  approved: 'info',
  rejected: 'danger',
  done: 'ok',
  withdrawn: 'neutral',
};

export const CAMPAIGN_STATUS_TONES: Record<CampaignStatus, Tone> = {
  draft: 'neutral',
  submitted: 'warn',
  approved: 'info',
  filed: 'info',
  published: 'ok',
  closed: 'neutral',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export const NOTE_STATUS_TONES: Record<NoteStatus, Tone> = { open: 'warn', responded: 'info', closed: 'ok' };

export const OBJECT_STATUS_TONES: Record<ObjectStatus, Tone> = { operating: 'ok', suspended: 'warn', closed: 'neutral' };

export const INSPECTOR_STATUS_TONES: Record<InspectorStatus, Tone> = { on_duty: 'ok', on_leave: 'warn', transferred: 'neutral' };

export const HAZARD_STATUS_TONES: Record<HazardStatus, Tone> = {
  open: 'warn',
  rectified: 'info',
  reinspected: 'ok',
  listed: 'danger',
  acceptance_requested: 'info',
  accepted: 'info',
  written_off: 'ok',
  escalated: 'danger',
};

export const HAZARD_SEVERITY_TONES: Record<HazardSeverity, Tone> = { ordinary: 'warn', major: 'danger' };

export const INSPECTION_OUTCOME_TONES: Record<InspectionOutcome, Tone> = { passed: 'ok', failed: 'danger' };

export const PUBLICATION_KIND_TONES: Record<PublicationKind, Tone> = {
  item_list: 'neutral',
  annual_plan: 'info',
  joint_task: 'info',
  draw: 'info',
  result: 'ok',
  sanction: 'danger',
  substitution: 'warn',
};

export const RECUSAL_STATUS_TONES: Record<RecusalStatus, Tone> = { pending: 'warn', granted: 'ok', refused: 'neutral' };
