import { utf8 } from '../crypto/bytes.js';
import { wordsToHex } from '../crypto/hex.js';
import { blockTemplate } from '../crypto/hmac-sha256.js';
import type { CommitmentInputs } from '../draw/commitment.js';
import { TEAM_TICKET_PREFIX } from '../draw/protocol.js';
import { Tickets } from '../draw/tickets.js';
import { compareText } from '../draw/text-rules.js';
import { TeamContext, type CheckRef, type EligibleSet } from './eligibility.js';
import { MinCostFlow } from './min-cost-flow.js';
import { cheapestCandidates, type Candidates, type PairTicketSource } from './pair-costs.js';
import type { RosterEntry, TeamSnapshot } from './roster-snapshot.js';
import { blockingIssue, localShortages, type TeamIssue } from './team-diagnosis.js';

export interface TeamMember {
  certNo: string;
  agencyId: string;
  ticket: string;
}

/** One check's team: officers and experts, each in ticket order. */
export interface CheckTeam {
  uscc: string;
  stratum: string;
  officers: TeamMember[];
  experts: TeamMember[];
}

export type TeamOutcome = { status: 'assigned'; checks: CheckTeam[] } | { status: 'infeasible'; issues: TeamIssue[] };

export interface TeamAssignmentOptions {
  /**
   * Extra candidates kept per seat group beyond its possible demand. Any value gives the
   * same (exact) result; smaller is faster until the optimality check forces an expansion.
   */
  candidateSlack?: number;
}

/**
 * Assign a team to every check: the lawful assignment with the least total ticket cost
 * (protocol §8), found by min-cost flow, so a team is found whenever any lawful one exists.
 * Officers first (per-agency minimum seats, then free seats), then experts, who never count
 * toward the officers. When no lawful assignment exists, the outcome says why.
 */
export function assignTeams(
  inputs: CommitmentInputs & { team: TeamSnapshot },
  seed: string,
  checks: readonly CheckRef[],
  options: TeamAssignmentOptions = {},
): TeamOutcome {
  const ctx = new TeamContext(inputs);
  const ordered = [...checks].sort((a, b) => compareText(a.uscc, b.uscc));
  const local = localShortages(ctx, ordered);
  if (local.length > 0) return { status: 'infeasible', issues: local };
  const tickets = new Tickets(seed);
  const source = (pool: readonly RosterEntry[]): PairTicketSource => teamTicketSource(tickets, ordered, pool, ctx);
  const groups = seatGroups(ctx, ordered);
  const slack = options.candidateSlack ?? 8;
  const officers = solveSeats(source(ctx.officers), ordered, ctx.officers, groups.officers, ctx.freeSeats, slack, false, (id) => ctx.agencyName(id));
  if (!officers.ok) return { status: 'infeasible', issues: officers.issues };
  let experts: Assignment = { ok: true, teams: ordered.map(() => []) };
  if (ctx.rules.expertsPerTeam > 0) {
    experts = solveSeats(source(ctx.experts), ordered, ctx.experts, groups.experts, 0, slack, true, (id) => ctx.agencyName(id));
    if (!experts.ok) return { status: 'infeasible', issues: experts.issues };
  }
  const expertTeams = experts.teams;
  return {
    status: 'assigned',
    checks: ordered.map((check, i) => ({ uscc: check.uscc, stratum: check.stratum, officers: officers.teams[i]!, experts: expertTeams[i]! })),
  };
}

/**
 * HMAC team tickets for (check, inspector) pairs. "team|" + USCC + "|" is exactly 24 bytes
 * (6 words), so each inspector's certificate number can be laid out once as words 6–15 of
 * the padded block; a ticket is then one 16-word copy and two compressions.
 */
function teamTicketSource(tickets: Tickets, checks: readonly CheckRef[], pool: readonly RosterEntry[], ctx: TeamContext): PairTicketSource {
  const prefixes = checks.map((c) => utf8(TEAM_TICKET_PREFIX + c.uscc + '|'));
  const certBytes = pool.map((r) => ctx.certNoBytes(r.certNo));
  // Per inspector: a full padded block with the certificate number in words 6–15; per check
  // only words 0–5 change, so they are written into the inspector's block before hashing.
  const blocks = certBytes.map((bytes) => {
    const block = blockTemplate(new Uint8Array(24), bytes.length);
    if (block) for (let i = 0; i < bytes.length; i++) block[6 + (i >> 2)]! |= bytes[i]! << (24 - ((i & 3) << 3));
    return block;
  });
  const heads = prefixes.map((p) => (p.length === 24 ? blockTemplate(p, 0)!.slice(0, 6) : null));
  return (check, member, out) => {
    const head = heads[check];
    const block = blocks[member];
    if (head && block) {
      block[0] = head[0]!;
      block[1] = head[1]!;
      block[2] = head[2]!;
      block[3] = head[3]!;
      block[4] = head[4]!;
      block[5] = head[5]!;
      tickets.mac.macBlock(block, out, 0);
    } else {
      tickets.mac.macInto(prefixes[check]!, certBytes[member]!, out, 0);
    }
  };
}

/** A seat group: `supply` seats of one check that only `members` (indices into a roster list) may fill. */
export interface GroupSpec {
  agencyId: string | null;
  supply: number;
  members: EligibleSet;
}

/** Per check: one officer group per participating agency (its minimum), and one expert group. */
export function seatGroups(ctx: TeamContext, checks: readonly CheckRef[]): { officers: GroupSpec[][]; experts: GroupSpec[][] } {
  return {
    officers: checks.map((check) =>
      ctx.rules.agencies.map((a) => ({ agencyId: a.agencyId, supply: a.minOfficers, members: ctx.eligible(check, 'officer', a.agencyId) })),
    ),
    experts: checks.map((check) => [{ agencyId: null, supply: ctx.rules.expertsPerTeam, members: ctx.eligible(check, 'expert') }]),
  };
}

export type Assignment = { ok: true; teams: TeamMember[][] } | { ok: false; issues: TeamIssue[] };

interface Group extends GroupSpec {
  check: number;
  full: boolean;
  candidates: Candidates;
  node: number;
  arcs: number[];
}

/**
 * One min-cost flow over seat groups. Network: each group node holds its supply and has an
 * arc (capacity 1, cost = ticket) to each candidate; each check with free seats has a node
 * holding them with arcs to its groups; each inspector has an arc to the sink with its load
 * cap. Each group first gets only its cheapest candidates (demand + slack); the result is
 * accepted when LP duality proves no left-out candidate could lower the cost (its cost is at
 * least p(sink) − p(group)), otherwise the offending groups get all their candidates and the
 * flow is solved again. A blocked route whose blocking set has only full groups proves that
 * no lawful assignment exists.
 */
export function solveSeats(
  source: PairTicketSource,
  checks: readonly CheckRef[],
  inspectors: readonly RosterEntry[],
  specs: readonly GroupSpec[][],
  freeSeats: number,
  slack: number,
  expert: boolean,
  agencyName: (id: string) => string = (id) => id,
): Assignment {
  const certNos = inspectors.map((r) => r.certNo);
  const groups: Group[] = [];
  const byCheck: Group[][] = specs.map((list, check) =>
    list.map((spec) => {
      // Explicit fields: an object spread here took microseconds per group in V8.
      const group: Group = { agencyId: spec.agencyId, supply: spec.supply, members: spec.members, check, full: false, candidates: EMPTY, node: -1, arcs: [] };
      groups.push(group);
      return group;
    }),
  );
  const fill = (group: Group, full: boolean) => {
    const limit = full ? group.members.size : group.supply + freeSeats + slack;
    group.full = limit >= group.members.size;
    group.candidates = cheapestCandidates(source, group.check, group.members, certNos, limit);
  };
  for (const group of groups) fill(group, false);

  for (;;) {
    const sink = 0;
    let nodes = 1 + inspectors.length;
    for (const group of groups) group.node = nodes++;
    const freeNode = checks.map(() => (freeSeats > 0 ? nodes++ : -1));
    const flow = new MinCostFlow(nodes, groups.length * (slack + 4) + inspectors.length);
    inspectors.forEach((r, i) => flow.addArc(1 + i, sink, r.maxChecks, 0, 0));
    for (const group of groups) {
      const c = group.candidates;
      group.arcs = c.members.map((m, k) => flow.addArc(group.node, 1 + m, 1, c.hi[k]!, c.lo[k]!));
    }
    byCheck.forEach((list, check) => {
      const free = freeNode[check]!;
      if (free >= 0) for (const group of list) flow.addArc(free, group.node, freeSeats, 0, 0);
    });

    const nodeGroup = new Map(groups.map((g) => [g.node, g]));
    const freeChecks = new Set(freeNode.filter((v) => v >= 0));
    const blocked: Array<{ partial: Group[]; issue: () => TeamIssue }> = [];
    const block = (reachable: number[]) => {
      const inSet = reachable.map((v) => nodeGroup.get(v)).filter((g): g is Group => g !== undefined);
      const inspectorIdx = reachable.filter((v) => v >= 1 && v <= inspectors.length).map((v) => v - 1);
      const freeDemand = reachable.filter((v) => freeChecks.has(v)).length * freeSeats;
      blocked.push({
        partial: inSet.filter((g) => !g.full),
        issue: () =>
          blockingIssue(
            inSet.map((g) => ({
              check: g.check,
              agencyId: g.agencyId,
              supply: g.supply,
              used: g.arcs.map((arc, k) => ({ member: g.candidates.members[k]!, used: flow.flow(arc) > 0 })),
            })),
            inspectorIdx,
            freeDemand,
            checks,
            inspectors,
            expert,
            agencyName,
          ),
      });
    };
    byCheck.forEach((list, check) => {
      for (const group of list) if (flow.route(group.node, sink, group.supply) < group.supply) block(flow.lastReachable);
      const free = freeNode[check]!;
      if (free >= 0 && flow.route(free, sink, freeSeats) < freeSeats) block(flow.lastReachable);
    });
    if (blocked.length > 0) {
      // A blocking set proves infeasibility only if none of its groups left candidates out.
      const partial = blocked.flatMap((b) => b.partial);
      if (partial.length > 0) {
        for (const group of partial) fill(group, true);
        continue;
      }
      // Later units of the same group often hit the same blocking set: report each once.
      const issues = new Map<string, TeamIssue>();
      for (const b of blocked) {
        const issue = b.issue();
        issues.set(`${issue.agencyId ?? ''}|${issue.objects.join(',')}`, issue);
      }
      return { ok: false, issues: [...issues.values()].slice(0, 10) };
    }

    const [sinkHi, sinkLo] = flow.potential(sink);
    const unproven = groups.filter((group) => {
      const omitted = group.candidates.omitted;
      if (!omitted) return false;
      const [gh, gl] = flow.potential(group.node);
      const h = omitted[0] + gh - sinkHi;
      const l = omitted[1] + gl - sinkLo;
      return h < 0 || (h === 0 && l < 0);
    });
    if (unproven.length > 0) {
      for (const group of unproven) fill(group, true);
      continue;
    }

    const teams: TeamMember[][] = checks.map(() => []);
    for (const group of groups) {
      group.arcs.forEach((arc, k) => {
        if (flow.flow(arc) === 0) return;
        const r = inspectors[group.candidates.members[k]!]!;
        teams[group.check]!.push({ certNo: r.certNo, agencyId: r.agencyId, ticket: wordsToHex(group.candidates.words, k * 8) });
      });
    }
    for (const team of teams) team.sort((a, b) => compareText(a.ticket, b.ticket));
    return { ok: true, teams };
  }
}

const EMPTY: Candidates = { members: [], hi: [], lo: [], words: new Int32Array(0), omitted: null };
