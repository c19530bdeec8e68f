import type { Role } from '@liancha/db';
import type { Action } from '../actions.js';
import type { AppRule, Conditions } from '../ability.js';
import type { UserActor } from '../actor.js';
import type { SubjectType } from '../subjects.js';
import { taskMembership } from '../task-membership.js';

/** Collects raw CASL rules. */
export class RuleSink {
  readonly rules: AppRule[] = [];

  /** A rule with no region condition: only for data that is public by definition. */
  unscoped(actions: Action | Action[], subjects: SubjectType | SubjectType[], conditions?: Conditions): void {
    this.rules.push({ action: actions, subject: subjects, ...(conditions ? { conditions } : {}) });
  }
}

/** What the area rule files read about a logged-in actor, computed once. */
export class UserRuleContext {
  readonly region: string;
  /** The actor's agency, or null for region-level users (platform admin, leadership). */
  readonly agencyId: string | null;
  readonly userId: string;
  readonly inspectorId: string | null;
  /** Joint tasks the actor's agency takes part in, as lead or partner. */
  readonly taskIds: string[];
  /** Joint tasks the actor's agency leads. */
  readonly leadTaskIds: string[];
  private readonly roles: ReadonlySet<Role>;

  constructor(
    actor: UserActor,
    private readonly sink: RuleSink,
  ) {
    this.region = actor.regionCode;
    this.agencyId = actor.agencyId;
    this.userId = actor.userId;
    this.inspectorId = actor.inspectorId;
    this.roles = new Set(actor.roles);
    // A user acts for their own agency only; memberships of any other agency are ignored.
    const own = actor.agencyId === null ? [] : actor.jointTasks.filter((m) => m.agencyId === actor.agencyId);
    const membership = (leadOnly: boolean, ids: string[]) =>
      actor.agencyId === null ? ids : (taskMembership(ids, { regionCode: actor.regionCode, agencyId: actor.agencyId, leadOnly }) as string[]);
    this.taskIds = membership(false, unique(own.map((m) => m.taskId)));
    this.leadTaskIds = membership(true, unique(own.filter((m) => m.role === 'lead').map((m) => m.taskId)));
  }

  has(...roles: Role[]): boolean {
    return roles.some((role) => this.roles.has(role));
  }

  /** Region-level users (platform admin, leadership) read every row of `subjects` in their region. */
  regionWideRead(subjects: SubjectType | SubjectType[]): void {
    if (this.has('platform_admin', 'leadership_member')) this.can('read', subjects);
  }

  /**
   * Allow within the actor's region. Every user rule carries `regionCode` as a
   * condition (defence in depth besides the repositories' mandatory region scope).
   */
  can(actions: Action | Action[], subjects: SubjectType | SubjectType[], conditions: Conditions = {}, fields?: string[]): void {
    if ('regionCode' in conditions) throw new Error('regionCode is added by UserRuleContext.can and may not be overridden');
    this.sink.rules.push({ action: actions, subject: subjects, conditions: { regionCode: this.region, ...conditions }, ...(fields ? { fields } : {}) });
  }

  /** `{ [field]: { $in: ids } }`, or undefined when there is nothing to match (the rule is then skipped). */
  static anyOf(field: string, ids: readonly string[]): Conditions | undefined {
    return ids.length > 0 ? { [field]: { $in: ids } } : undefined;
  }

  /** Allow only when the id list is not empty: an empty `$in` would match nothing anyway. */
  canInAny(
    actions: Action | Action[],
    subjects: SubjectType | SubjectType[],
    field: string,
    ids: readonly string[],
    extra: Conditions = {},
    fields?: string[],
  ): void {
    const condition = UserRuleContext.anyOf(field, ids);
    if (condition) this.can(actions, subjects, { ...extra, ...condition }, fields);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
