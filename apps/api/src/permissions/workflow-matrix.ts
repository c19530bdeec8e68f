import type { MatrixRow, Persona } from './permission-matrix.js';
import type { Relation } from './matrix-world.js';

const ALL: readonly Relation[] = ['own', 'other', 'partner', 'region'];
const only = (persona: Persona, letters: string, targets: readonly Relation[] | null = ALL): MatrixRow => {
  const none = 'N'.repeat(targets?.length ?? 1);
  const expect = {
    public: none,
    enterprise: none,
    platformAdmin: none,
    agencyAdmin: none,
    coordinator: none,
    inspector: none,
    agencyLeader: none,
    leadership: none,
  };
  return targets ? { targets, expect: { ...expect, [persona]: letters } } : { expect: { ...expect, [persona]: letters } };
};
const loggedIn = {
  expect: { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' },
};
/** Readable by the lead's and the partners' staff, and region-wide by the platform admin and the leadership group. */
const readTask = {
  targets: ALL,
  expect: {
    public: 'NNNN',
    enterprise: 'NNNN',
    platformAdmin: 'YYYN',
    agencyAdmin: 'YNYN',
    coordinator: 'YNYN',
    inspector: 'YNYN',
    agencyLeader: 'YNYN',
    leadership: 'YYYN',
  },
};
/** Plans are per agency: a draft is seen by its own agency and region-wide overseers only. */
const readPlan = {
  targets: ALL,
  expect: {
    public: 'NNNN',
    enterprise: 'NNNN',
    platformAdmin: 'YYYN',
    agencyAdmin: 'YNNN',
    coordinator: 'YNNN',
    inspector: 'YNNN',
    agencyLeader: 'YNNN',
    leadership: 'YYYN',
  },
};
/** The platform admin sees no check outcomes; inspectors see the checks of their own teams. */
const readCheck = { targets: ALL, expect: { ...readTask.expect, platformAdmin: 'NNNN' } };
const participantsDo = (persona: Persona) => only(persona, 'YNYN');

/** Rows of the permission matrix for the workflow: plans, joint tasks, the draw ceremony, checks. */
export const WORKFLOW_MATRIX: Record<string, MatrixRow> = {
  'plans.list': loggedIn,
  'plans.get': readPlan,
  'plans.create': only('coordinator', 'Y', null),
  'plans.update': only('coordinator', 'YNNN'),
  'plans.submit': only('coordinator', 'YNNN'),
  'plans.approve': only('agencyLeader', 'YNNN'),
  'plans.reject': only('agencyLeader', 'YNNN'),
  'plans.publish': only('coordinator', 'YNNN'),
  'plans.adjust': only('coordinator', 'YNNN'),

  'tasks.list': loggedIn,
  'tasks.get': readTask,
  // The warnings of a task's enterprises: whoever reads the task.
  'tasks.capWarnings': readTask,
  'tasks.create': only('coordinator', 'Y', null),
  'tasks.respond': only('coordinator', 'NNYN'),
  /** 行政检查审批: the head of each agency taking part approves its part, once per task. */
  'tasks.approveChecks': only('agencyLeader', 'YNYN'),
  'tasks.setItems': participantsDo('coordinator'),
  'tasks.setInspectors': participantsDo('coordinator'),
  'tasks.configure': only('coordinator', 'YNNN'),
  'tasks.preview': readTask,
  'tasks.batchQuotas': readTask,

  'draws.open': only('coordinator', 'YNNN'),
  'draws.commit': participantsDo('coordinator'),
  'draws.freeze': only('coordinator', 'YNNN'),
  'draws.reveal': participantsDo('coordinator'),
  'draws.enterPublicValue': only('coordinator', 'YNNN'),
  'draws.substitute': only('coordinator', 'YNNN'),
  'draws.get': readTask,
  'draws.ofTask': readTask,
  'draws.bundle': readTask,

  'checks.list': loggedIn,
  /** The listed checks' results: as readable as the checks (the platform admin gets none). */
  'checks.resultLines': loggedIn,
  'checks.get': readCheck,
  'checks.notify': only('coordinator', 'YNNN'),
  'checks.start': only('coordinator', 'YNNN'),
  'checks.finish': only('coordinator', 'YNNN'),
  /** A task's checks with their teams: as readable as the task (the platform admin gets an empty list of checks). */
  'checks.ofTask': readTask,
  'checks.visitMany': only('coordinator', 'YNNN'),
  /** 扫码签到/签退 and the reason for none: the coordinators of the agencies taking part, and the team's inspectors. */
  'checks.checkIn': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  'checks.checkOut': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  'checks.explainNoCheckIn': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  /** Who is on the team: any staff of an agency taking part in the task (an inspector not on the team included). */
  'checks.team': { targets: ALL, expect: { ...readTask.expect, platformAdmin: 'NNNN', leadership: 'NNNN' } },
  'checks.recordResult': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  'checks.recordResults': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  'checks.submitResults': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  'checks.approveResults': only('agencyLeader', 'YNYN'),
  'checks.returnResults': only('agencyLeader', 'YNYN'),
  'checks.uploadEvidence': { targets: ALL, expect: { ...only('coordinator', 'YNYN').expect, inspector: 'YNYN' } },
  'checks.downloadEvidence': readCheck,
};
