import { compareText } from '../draw/text-rules.js';
import type { Tickets } from '../draw/tickets.js';
import type { CheckRef, TeamContext } from './eligibility.js';
import type { RosterEntry } from './roster-snapshot.js';
import type { TeamMember } from './team-assignment.js';

export type SingleTeam = { ok: true; officers: TeamMember[]; experts: TeamMember[] } | { ok: false; message: string };

/**
 * The cheapest lawful team for one check while every other team stays fixed (used for a
 * substitute object): each agency's minimum from its cheapest eligible officers with spare
 * capacity, the free seats from the cheapest remaining officers, then the experts. For a
 * single check this greedy choice is exactly the min-cost flow optimum (exchange argument).
 */
export function singleCheckTeam(ctx: TeamContext, tickets: Tickets, check: CheckRef, loads: ReadonlyMap<string, number>): SingleTeam {
  const available = (r: RosterEntry) => ctx.ineligibility(check, r) === null && (loads.get(r.certNo) ?? 0) < r.maxChecks;
  const ranked = (pool: readonly RosterEntry[]) =>
    pool
      .filter(available)
      .map((r) => ({ certNo: r.certNo, agencyId: r.agencyId, ticket: tickets.teamTicket(check.uscc, r.certNo) }))
      .sort((a, b) => compareText(a.ticket, b.ticket));

  const officers = ranked(ctx.officers);
  const chosen = new Set<string>();
  for (const agency of ctx.rules.agencies) {
    const own = officers.filter((m) => m.agencyId === agency.agencyId).slice(0, agency.minOfficers);
    if (own.length < agency.minOfficers) {
      return {
        ok: false,
        message: `${ctx.agencyName(agency.agencyId)}在负荷上限内可派往 ${check.uscc} 的执法人员只有 ${own.length} 名，少于每组需要的 ${agency.minOfficers} 名`,
      };
    }
    for (const m of own) chosen.add(m.certNo);
  }
  for (const m of officers) {
    if (chosen.size >= ctx.rules.officersPerTeam) break;
    chosen.add(m.certNo);
  }
  if (chosen.size < ctx.rules.officersPerTeam) {
    return { ok: false, message: `在负荷上限内可派往 ${check.uscc} 的执法人员只有 ${chosen.size} 名，少于每组需要的 ${ctx.rules.officersPerTeam} 名` };
  }
  const experts = ranked(ctx.experts).slice(0, ctx.rules.expertsPerTeam);
  if (experts.length < ctx.rules.expertsPerTeam) {
    return { ok: false, message: `在负荷上限内可派往 ${check.uscc} 的专家只有 ${experts.length} 名，少于每组需要的 ${ctx.rules.expertsPerTeam} 名` };
  }
  return { ok: true, officers: officers.filter((m) => chosen.has(m.certNo)), experts };
}
