import { describe, expect, it } from 'vitest';
import { actions, type Action } from './actions.js';
import { publicActor, type Actor } from './actor.js';
import { defineAbilityFor } from './define-ability.js';
import { subjectTypes, type SubjectType } from './subjects.js';
import { memberships, user } from './test-support/actors.js';

/**
 * Which actions each persona may take on each subject at all (some row, some
 * condition). Row-level answers are in the integration tests; this table is the
 * README's rule table in executable form. A subject left out allows nothing.
 */
type Matrix = Partial<Record<SubjectType, string>>;

const PUBLIC: Matrix = {
  Agency: 'read',
  InspectionItem: 'read',
  AnnualPlan: 'read',
  Sanction: 'read',
  Campaign: 'read',
  Publication: 'read',
  InspectionCap: 'read',
};
const LOGGED_IN: Matrix = { ...PUBLIC, Unit: 'read', User: 'read', Tag: 'read' };
const TASK_READS: Matrix = {
  JointTask: 'read',
  JointTaskParticipant: 'read',
  JointTaskItem: 'read',
  JointTaskInspector: 'read',
  Draw: 'read',
  DrawEntropy: 'read',
};
const AGENCY_READS: Matrix = { ...LOGGED_IN, ...TASK_READS, ObjectSupervision: 'read', Object: 'read', Inspector: 'read' };

const personas: [string, Actor, Matrix][] = [
  ['the public', publicActor, PUBLIC],
  ['a user without roles', user([], { jointTasks: memberships, inspectorId: 'insp-1' }), {}],
  [
    'platform_admin',
    user(['platform_admin'], { agencyId: null }),
    {
      ...PUBLIC,
      ...TASK_READS,
      Agency: 'read create update archive',
      Unit: 'read create update archive',
      User: 'read create update archive',
      Tag: 'read create update archive',
      Sector: 'create',
      Object: 'read',
      ObjectSupervision: 'read',
      Inspector: 'read',
      Conflict: 'read',
      AuditEvent: 'read',
    },
  ],
  [
    'leadership_member',
    user(['leadership_member'], { agencyId: null }),
    {
      ...LOGGED_IN,
      ...TASK_READS,
      Object: 'read',
      ObjectSupervision: 'read',
      Inspector: 'read',
      Conflict: 'read',
      Check: 'read',
      CheckResult: 'read',
      FollowUpAction: 'read',
      Hazard: 'read',
      CaseCheck: 'read',
      Campaign: 'read approve',
      SupervisionNote: 'read create update',
      AuditEvent: 'read',
    },
  ],
  [
    'agency_admin',
    user(['agency_admin'], { jointTasks: memberships }),
    {
      ...AGENCY_READS,
      Unit: 'read create update archive',
      User: 'read create update archive',
      Tag: 'read create update',
      Sector: 'create',
      InspectionItem: 'read create update archive',
      Object: 'read create update archive',
      ObjectSupervision: 'read create archive',
      Inspector: 'read create update archive',
      Conflict: 'read create update archive',
      Check: 'read',
      CheckResult: 'read',
      FollowUpAction: 'read',
      Hazard: 'read',
      CaseCheck: 'read',
      InspectionCap: 'read create',
      SupervisionNote: 'read update',
    },
  ],
  [
    'coordinator (lead of one task, partner of another)',
    user(['coordinator'], { jointTasks: memberships }),
    {
      ...AGENCY_READS,
      Tag: 'read create update',
      InspectionItem: 'read create update archive publish',
      Object: 'read create update archive',
      ObjectSupervision: 'read create archive',
      Inspector: 'read create update archive',
      Conflict: 'read create update archive',
      AnnualPlan: 'read create update publish',
      JointTask: 'read create update',
      JointTaskParticipant: 'read create update archive',
      JointTaskItem: 'read create archive',
      JointTaskInspector: 'read create archive',
      Draw: 'read create update',
      DrawEntropy: 'read create update',
      Check: 'read create update',
      CheckResult: 'read create update',
      FollowUpAction: 'read create update',
      Hazard: 'read create update',
      Sanction: 'read create update publish',
      CaseCheck: 'read create update',
      InspectionCap: 'read create',
      Campaign: 'read create update publish',
      Publication: 'read create',
      SupervisionNote: 'read update',
    },
  ],
  [
    'coordinator in no joint task',
    user(['coordinator']),
    {
      ...LOGGED_IN,
      Object: 'read create update archive',
      Inspector: 'read create update archive',
      Tag: 'read create update',
      InspectionItem: 'read create update archive publish',
      ObjectSupervision: 'read create archive',
      Conflict: 'read create update archive',
      AnnualPlan: 'read create update publish',
      JointTask: 'read create update',
      JointTaskParticipant: 'read update',
      CheckResult: 'read',
      FollowUpAction: 'read create update',
      Hazard: 'read create update',
      Sanction: 'read create update publish',
      CaseCheck: 'read create update',
      InspectionCap: 'read create',
      Campaign: 'read create update publish',
      Publication: 'read create',
      SupervisionNote: 'read update',
    },
  ],
  [
    'inspector (linked to an inspector row, partner of a task)',
    user(['inspector'], { inspectorId: 'insp-1', jointTasks: memberships }),
    {
      ...AGENCY_READS,
      Conflict: 'read',
      Check: 'read',
      CheckResult: 'read create update',
      FollowUpAction: 'read create update',
      Hazard: 'read create update',
      CaseCheck: 'read',
    },
  ],
  ['inspector without an inspector row', user(['inspector'], { jointTasks: memberships }), AGENCY_READS],
  [
    'agency_leader',
    user(['agency_leader'], { jointTasks: memberships }),
    {
      ...AGENCY_READS,
      Conflict: 'read',
      AnnualPlan: 'read approve',
      JointTaskParticipant: 'read approve',
      Check: 'read',
      CheckResult: 'read approve',
      FollowUpAction: 'read approve',
      Hazard: 'read approve',
      Sanction: 'read approve',
      CaseCheck: 'read approve',
      Publication: 'read approve',
      SupervisionNote: 'read update',
    },
  ],
  [
    'an agency role without an agency',
    user(['coordinator', 'agency_admin', 'inspector', 'agency_leader'], { agencyId: null, inspectorId: 'insp-1', jointTasks: memberships }),
    LOGGED_IN,
  ],
];

describe('defineAbilityFor: what each persona may do at all', () => {
  describe.each(personas)('%s', (_name, actor, matrix) => {
    const ability = defineAbilityFor(actor);
    it.each(subjectTypes)('%s', (type) => {
      const allowed = actions.filter((action) => ability.can(action, type));
      const expected = (matrix[type] ?? '').split(' ').filter(Boolean) as Action[];
      expect(allowed).toEqual(actions.filter((action) => expected.includes(action)));
    });
  });
});

describe('defineAbilityFor: rule hygiene', () => {
  const everything = user(['platform_admin', 'agency_admin', 'coordinator', 'inspector', 'agency_leader', 'leadership_member'], {
    inspectorId: 'insp-1',
    jointTasks: memberships,
  });

  it('puts the actor region on every rule that is not public', () => {
    const publicRules = defineAbilityFor(publicActor).rules.length;
    const rules = defineAbilityFor(everything).rules;
    expect(rules.length).toBeGreaterThan(publicRules);
    for (const rule of rules.slice(publicRules)) expect(rule.conditions?.regionCode, JSON.stringify(rule)).toBe('350881');
  });

  it('grants by rules only (no cannot, no manage, no subject all)', () => {
    for (const rule of defineAbilityFor(everything).rules) {
      expect(rule.inverted ?? false).toBe(false);
      expect([rule.action].flat()).not.toContain('manage');
      expect([rule.subject].flat()).not.toContain('all');
    }
  });

  it('ignores joint-task memberships of another agency', () => {
    const foreign = user(['coordinator'], { jointTasks: [{ taskId: 'task-9', agencyId: 'agency-ms', role: 'lead' }] });
    expect(defineAbilityFor(foreign).rules).toEqual(defineAbilityFor(user(['coordinator'])).rules);
  });

  it('skips task rules when the agency takes part in no task, instead of matching an empty list', () => {
    for (const rule of defineAbilityFor(user(['coordinator', 'inspector', 'agency_leader'], { inspectorId: 'insp-1' })).rules) {
      expect(JSON.stringify(rule.conditions ?? {})).not.toContain('"$in":[]');
    }
  });
});
