import { defineAbilityFor, type AppAbility, type UserActor } from '@liancha/authz';
import { loadActorFacts, type Executor, type RegionScope } from '@liancha/db';
import type { SessionUser } from '../auth/session-user.js';

export interface AbilityContext {
  actor: UserActor;
  ability: AppAbility;
  /** The caller's region: every repository call is scoped to it. */
  scope: RegionScope;
}

/** Abilities are rebuilt per request from the session and the user's current joint-task memberships. */
export async function buildAbilityContext(db: Executor, user: SessionUser): Promise<AbilityContext> {
  const facts = await loadActorFacts(db, { id: user.id, regionCode: user.regionCode, agencyId: user.agency?.id ?? null });
  const actor: UserActor = {
    kind: 'user',
    userId: user.id,
    regionCode: user.regionCode,
    agencyId: user.agency?.id ?? null,
    unitId: user.unitId,
    roles: user.roles,
    inspectorId: facts.inspectorId,
    jointTasks: facts.jointTasks,
  };
  return { actor, ability: defineAbilityFor(actor), scope: { regionCode: user.regionCode } };
}
