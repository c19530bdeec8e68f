import type { MatrixRow, Persona } from './permission-matrix.js';
import type { Relation } from './matrix-world.js';

const ALL: readonly Relation[] = ['own', 'other', 'partner', 'region'];
const none = 'NNNN';
const nobody = {
  public: none,
  enterprise: none,
  platformAdmin: none,
  agencyAdmin: none,
  coordinator: none,
  inspector: none,
  agencyLeader: none,
  leadership: none,
};
const rows = (letters: Partial<Record<Persona, string>>): MatrixRow => ({ targets: ALL, expect: { ...nobody, ...letters } });
const loggedIn = {
  expect: { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' },
};

/**
 * Outcomes of a check (follow-ups, hazards, sanctions) are read by the agency's office and by
 * the partners of the check's task, by an inspector only on their own team, region-wide by the
 * leadership group; the platform admin sees none (authz rule table).
 */
const readOutcome = rows({ agencyAdmin: 'YNYN', coordinator: 'YNYN', inspector: 'YNNN', agencyLeader: 'YNYN', leadership: 'YYYN' });
/** Recorded against a check: the coordinator on any check it reaches, an inspector on their own team's. */
const recordOnCheck = rows({ coordinator: 'YNYN', inspector: 'YNNN' });
/** A step on the agency's own row: its coordinator, or an inspector of the check's team (partners read, but FORBIDDEN). */
const stepOwn = rows({ coordinator: 'YNNN', inspector: 'YNNN' });
const leaderApproves = rows({ agencyLeader: 'YNNN' });
/** An object's credit is read with the object (supervisors, task partners, the leadership group; not the platform admin: it summarises outcomes) … */
const readObject = rows({ agencyAdmin: 'YNYN', coordinator: 'YNYN', inspector: 'YNYN', agencyLeader: 'YNYN', leadership: 'YYYN' });
/** … and changed by the office that keeps the directory row (Object update). */
const editObject = rows({ agencyAdmin: 'YNNN', coordinator: 'YNNN' });

/** 个案检查 are the agency's own: its office reads them, an officer named on one reads it, the leadership group reads the region's. */
const readCaseCheck = rows({ agencyAdmin: 'YNNN', coordinator: 'YNNN', inspector: 'YNNN', agencyLeader: 'YNNN', leadership: 'YYYN' });
const officeStep = rows({ coordinator: 'YNNN' });
/** 专项检查 plans: the agency's office reads its own (a draft here), the leadership group the region's; the public only published ones. */
const readCampaign = rows({ agencyAdmin: 'YNNN', coordinator: 'YNNN', agencyLeader: 'YNNN', leadership: 'YYYN' });
/** Approval and 备案 are the leadership group's, for any agency of its region. */
const leadershipStep = rows({ leadership: 'YYYN' });
const onlyLeadership = {
  expect: {
    ...nobody,
    public: 'N',
    enterprise: 'N',
    platformAdmin: 'N',
    agencyAdmin: 'N',
    coordinator: 'N',
    inspector: 'N',
    agencyLeader: 'N',
    leadership: 'Y',
  },
};
const anyone = {
  expect: { public: 'Y', enterprise: 'Y', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' },
};

/** Rows of the permission matrix for follow-ups, hazards, sanctions, 个案检查 and credit. */
export const OUTCOME_MATRIX: Record<string, MatrixRow> = {
  'followUps.list': loggedIn,
  'followUps.get': readOutcome,
  'followUps.create': recordOnCheck,
  'followUps.close': leaderApproves,

  'hazards.list': loggedIn,
  'hazards.overdue': loggedIn,
  'hazards.get': readOutcome,
  'hazards.create': recordOnCheck,
  'hazards.reportRectified': stepOwn,
  'hazards.reinspect': stepOwn,
  'hazards.putUnderSupervision': stepOwn,
  'hazards.filePlan': stepOwn,
  'hazards.reportProgress': stepOwn,
  'hazards.requestAcceptance': stepOwn,
  'hazards.accept': stepOwn,
  'hazards.writeOff': leaderApproves,
  'hazards.escalate': stepOwn,
  'hazards.uploadAttachment': stepOwn,
  'hazards.downloadAttachment': readOutcome,

  'sanctions.list': loggedIn,
  'sanctions.get': readOutcome,
  'sanctions.create': rows({ coordinator: 'YNYN' }),
  'sanctions.update': rows({ coordinator: 'YNNN' }),
  'sanctions.approve': leaderApproves,
  'sanctions.publish': rows({ coordinator: 'YNNN' }),

  'caseChecks.list': loggedIn,
  'caseChecks.get': readCaseCheck,
  // Requested by the coordinator for an enterprise its agency may read (its own, one of its tasks').
  'caseChecks.request': rows({ coordinator: 'YNYN' }),
  'caseChecks.approve': leaderApproves,
  'caseChecks.reject': leaderApproves,
  'caseChecks.complete': officeStep,
  'caseChecks.withdraw': officeStep,

  'campaigns.list': loggedIn,
  'campaigns.get': readCampaign,
  'campaigns.create': {
    expect: { public: 'N', enterprise: 'N', platformAdmin: 'N', agencyAdmin: 'N', coordinator: 'Y', inspector: 'N', agencyLeader: 'N', leadership: 'N' },
  },
  'campaigns.submit': officeStep,
  'campaigns.approve': leadershipStep,
  'campaigns.reject': leadershipStep,
  'campaigns.file': leadershipStep,
  // The agency publishes its own plan once filed (谁检查、谁公示).
  'campaigns.publish': officeStep,
  'campaigns.close': officeStep,
  'campaigns.withdraw': officeStep,
  'campaigns.quotas': onlyLeadership,
  // An agency of the region (the other region's is out of reach).
  'campaigns.setQuota': leadershipStep,
  // The public portal: a region's published campaigns, no login.
  'campaigns.publicList': anyone,
  'campaigns.publicGet': {
    targets: ALL,
    expect: {
      public: 'YYYY',
      enterprise: 'YYYY',
      platformAdmin: 'YYYY',
      agencyAdmin: 'YYYY',
      coordinator: 'YYYY',
      inspector: 'YYYY',
      agencyLeader: 'YYYY',
      leadership: 'YYYY',
    },
  },

  'credit.history': readObject,
  'credit.changeRiskClass': editObject,
  'credit.markDishonest': editObject,
  'credit.liftDishonest': editObject,
  // The joint punishment list is region-wide for every account with a role.
  'credit.dishonestList': loggedIn,
};
