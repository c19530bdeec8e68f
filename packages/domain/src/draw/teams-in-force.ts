import type { TeamMember, TeamOutcome } from '../team/team-assignment.js';
import type { DrawBundle } from './proof-bundle.js';
import type { Recusal } from './recusal.js';
import type { Substitution } from './substitution.js';
import { compareText } from './text-rules.js';

/** A check's team as it stands, members in ticket order. */
export interface TeamInForce {
  stratum: string;
  officers: TeamMember[];
  experts: TeamMember[];
}

/**
 * The teams in force after the logs: original teams of checks not replaced, then the teams of
 * substitutes not replaced, each with its recusals applied. A USCC is in force at most once
 * over a draw's life and only recusals change a team, so applying the recusals after the
 * substitutions gives the same teams as applying both logs in time order.
 */
export function teamsInForce(teams: TeamOutcome | null, substitutions: readonly Substitution[], recusals: readonly Recusal[]): Map<string, TeamInForce> {
  const replaced = new Set(substitutions.map((s) => s.replaced));
  const out = new Map<string, TeamInForce>();
  if (teams?.status === 'assigned') {
    for (const c of teams.checks) if (!replaced.has(c.uscc)) out.set(c.uscc, { stratum: c.stratum, officers: c.officers, experts: c.experts });
  }
  for (const s of substitutions) if (s.team && !replaced.has(s.substitute)) out.set(s.substitute, { stratum: s.stratum, ...s.team });
  for (const r of recusals) {
    const team = out.get(r.uscc);
    // A check replaced after its recusal released its whole team, replacement included.
    if (!team) continue;
    out.set(r.uscc, { stratum: team.stratum, officers: swap(team.officers, r), experts: swap(team.experts, r) });
  }
  return out;
}

function swap(members: TeamMember[], r: Recusal): TeamMember[] {
  if (!members.some((m) => m.certNo === r.certNo)) return members;
  return [...members.filter((m) => m.certNo !== r.certNo), r.replacement].sort((a, b) => compareText(a.ticket, b.ticket));
}

/**
 * Checks per inspector over the teams in force; `release` is a check being replaced right
 * now, whose team no longer counts.
 */
export function activeLoads(
  teams: TeamOutcome | null,
  substitutions: readonly Substitution[],
  recusals: readonly Recusal[],
  release: string | null = null,
): Map<string, number> {
  const loads = new Map<string, number>();
  for (const [uscc, team] of teamsInForce(teams, substitutions, recusals)) {
    if (uscc === release) continue;
    for (const m of [...team.officers, ...team.experts]) loads.set(m.certNo, (loads.get(m.certNo) ?? 0) + 1);
  }
  return loads;
}

/** The teams of the checks in force after the bundle's substitutions and recusals, by USCC. */
export function currentTeams(bundle: DrawBundle): Map<string, { officers: TeamMember[]; experts: TeamMember[] }> {
  const out = new Map<string, { officers: TeamMember[]; experts: TeamMember[] }>();
  for (const [uscc, team] of teamsInForce(bundle.teams, bundle.substitutions, bundle.recusals ?? [])) {
    out.set(uscc, { officers: team.officers, experts: team.experts });
  }
  return out;
}
