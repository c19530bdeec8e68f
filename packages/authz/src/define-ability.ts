import { createAppAbility, type AppAbility } from './ability.js';
import type { Actor } from './actor.js';
import { checkRules } from './rules/checks.js';
import { RuleSink, UserRuleContext } from './rules/context.js';
import { drawRules } from './rules/draw.js';
import { organisationRules } from './rules/organisation.js';
import { oversightRules } from './rules/oversight.js';
import { planningRules } from './rules/planning.js';
import { publicRules } from './rules/public.js';
import { registryRules } from './rules/registries.js';

const areas = [organisationRules, registryRules, planningRules, drawRules, checkRules, oversightRules];

/**
 * The caller's abilities, built per request. Only `can` rules: whatever no rule
 * grants is denied. A user without any role gets no rules at all (not even the
 * public ones) — such an account is broken, and failing closed shows it.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const sink = new RuleSink();
  if (actor.kind === 'public') {
    publicRules(sink);
  } else if (actor.roles.length > 0) {
    publicRules(sink);
    const ctx = new UserRuleContext(actor, sink);
    for (const area of areas) area(ctx);
  }
  return createAppAbility(sink.rules);
}
