import type { CheckRef, EligibleSet, TeamContext } from './eligibility.js';
import type { RosterEntry } from './roster-snapshot.js';

export type TeamIssueCode = 'too_few_officers' | 'too_few_experts' | 'load_cap';

/** Why no lawful team exists, in terms staff can act on. */
export interface TeamIssue {
  code: TeamIssueCode;
  /** Simplified Chinese explanation naming the agency, the rule and the counts. */
  message: string;
  /** Objects (USCC) concerned. */
  objects: string[];
  /** Agency concerned, when one agency is at fault. */
  agencyId: string | null;
}

interface Shortage {
  code: TeamIssueCode;
  agencyId: string | null;
  stratum: string;
  needed: number;
  objects: string[];
  worst: { eligible: number; total: number; conflict: number; expertise: number; homeArea: number; noCapacity: number } | null;
}

/**
 * Per-check counting (no seed needed): for every check and agency, are there at least as
 * many eligible officers with spare capacity as the agency's minimum, enough officers in
 * total, and enough experts? Failures are grouped by agency and stratum, and each names
 * how many inspectors conflicts, expertise and the home-township rule removed.
 */
export function localShortages(ctx: TeamContext, checks: readonly CheckRef[]): TeamIssue[] {
  const shortages = new Map<string, Shortage>();
  // Base lists are shared by every check of a stratum (and township): count each once, then
  // take off the check's own conflicts — a pool of a million would otherwise count a million times.
  const baseCounts = new Map<readonly number[], number>();
  const usable = (pool: readonly RosterEntry[], set: EligibleSet) => {
    let n = baseCounts.get(set.base);
    if (n === undefined) {
      n = 0;
      for (const i of set.base) if (pool[i]!.maxChecks > 0) n++;
      baseCounts.set(set.base, n);
    }
    if (set.skip) for (const i of set.skip) if (pool[i]!.maxChecks > 0) n--;
    return n;
  };
  const note = (code: TeamIssueCode, agencyId: string | null, check: CheckRef, needed: number, pool: readonly RosterEntry[]) => {
    const tally = { eligible: 0, total: pool.length, conflict: 0, expertise: 0, homeArea: 0, noCapacity: 0 };
    for (const r of pool) {
      const reason = ctx.ineligibility(check, r);
      if (reason === 'conflict') tally.conflict++;
      else if (reason === 'expertise') tally.expertise++;
      else if (reason === 'home_area') tally.homeArea++;
      else if (r.maxChecks === 0) tally.noCapacity++;
      else tally.eligible++;
    }
    const key = `${code}|${agencyId ?? ''}|${check.stratum}`;
    const entry = shortages.get(key) ?? { code, agencyId, stratum: check.stratum, needed, objects: [], worst: null };
    entry.objects.push(check.uscc);
    if (!entry.worst || tally.eligible < entry.worst.eligible) entry.worst = tally;
    shortages.set(key, entry);
  };
  type Short = { code: TeamIssueCode; agencyId: string | null; needed: number; pool: readonly RosterEntry[] };
  const shortsOf = (check: CheckRef): Short[] => {
    // Fast count from the cached eligibility lists; the detailed tally only for shortages.
    const shorts: Short[] = [];
    let total = 0;
    for (const agency of ctx.rules.agencies) {
      const count = usable(ctx.officers, ctx.eligible(check, 'officer', agency.agencyId));
      total += count;
      if (count < agency.minOfficers) {
        const pool = ctx.officers.filter((r) => r.agencyId === agency.agencyId);
        shorts.push({ code: 'too_few_officers', agencyId: agency.agencyId, needed: agency.minOfficers, pool });
      }
    }
    if (total < ctx.rules.officersPerTeam) shorts.push({ code: 'too_few_officers', agencyId: null, needed: ctx.rules.officersPerTeam, pool: ctx.officers });
    if (ctx.rules.expertsPerTeam > 0 && usable(ctx.experts, ctx.eligible(check, 'expert')) < ctx.rules.expertsPerTeam) {
      shorts.push({ code: 'too_few_experts', agencyId: null, needed: ctx.rules.expertsPerTeam, pool: ctx.experts });
    }
    return shorts;
  };
  // Checks alike (same stratum and township, no conflicts of their own) are judged once: a pool of a million holds a few dozen kinds.
  const alike = new Map<string, Short[]>();
  for (const check of checks) {
    const key = ctx.likeKey(check);
    let shorts = key === null ? undefined : alike.get(key);
    if (!shorts) {
      shorts = shortsOf(check);
      if (key !== null) alike.set(key, shorts);
    }
    for (const s of shorts) note(s.code, s.agencyId, check, s.needed, s.pool);
  }
  return [...shortages.values()].map((s) => shortageIssue(s, (id) => ctx.agencyName(id)));
}

function shortageIssue(s: Shortage, agencyName: (id: string) => string): TeamIssue {
  const w = s.worst!;
  const who = s.code === 'too_few_experts' ? '专家' : s.agencyId ? `${agencyName(s.agencyId)}的执法人员` : '执法人员（各部门合计）';
  const causes = [
    w.conflict > 0 ? `回避 ${w.conflict} 名` : '',
    w.expertise > 0 ? `专长不符 ${w.expertise} 名` : '',
    w.homeArea > 0 ? `属地回避 ${w.homeArea} 名` : '',
    w.noCapacity > 0 ? `负荷上限为0 ${w.noCapacity} 名` : '',
  ].filter(Boolean);
  const objects = s.objects.length > 3 ? `${s.objects.slice(0, 3).join('、')} 等 ${s.objects.length} 户` : s.objects.join('、');
  const message =
    `分层“${s.stratum}”的检查对象 ${objects}：可派${who}最少时仅 ${w.eligible} 名，少于每组需要的 ${s.needed} 名` +
    `（共 ${w.total} 名${causes.length > 0 ? `，其中${causes.join('、')}` : ''}）`;
  return { code: s.code, message, objects: s.objects, agencyId: s.code === 'too_few_experts' ? null : s.agencyId };
}

/** What the flow knows about a blocked seat group. */
export interface BlockingGroup {
  check: number;
  agencyId: string | null;
  supply: number;
  /** Candidate inspector indices and whether each pair arc carries flow. */
  used: Array<{ member: number; used: boolean }>;
}

/**
 * Turn a blocking set (Hall witness) into a message: these checks need D seats, but the
 * inspectors who may lawfully serve them can give at most C (their load caps, plus seats
 * already filled by inspectors who cannot serve the same check twice).
 */
export function blockingIssue(
  groups: readonly BlockingGroup[],
  inspectorNodes: readonly number[],
  freeDemand: number,
  checks: readonly CheckRef[],
  inspectors: readonly RosterEntry[],
  expert: boolean,
  agencyName: (id: string) => string,
): TeamIssue {
  const inside = new Set(inspectorNodes);
  let demand = freeDemand;
  let outsideUsed = 0;
  const objects = new Set<string>();
  const agencies = new Set<string>();
  for (const g of groups) {
    demand += g.supply;
    objects.add(checks[g.check]!.uscc);
    if (g.agencyId !== null) agencies.add(g.agencyId);
    for (const u of g.used) if (u.used && !inside.has(u.member)) outsideUsed++;
  }
  let capacity = outsideUsed;
  for (const i of inside) capacity += inspectors[i]!.maxChecks;
  const list = [...objects].sort();
  const who = expert ? '专家' : agencies.size === 1 ? `${agencyName([...agencies][0]!)}的执法人员` : '执法人员';
  const shown = list.length > 5 ? `${list.slice(0, 5).join('、')} 等 ${list.length} 户` : list.join('、');
  return {
    code: 'load_cap',
    message:
      `检查对象 ${shown} 共需${who} ${demand} 人次，但可合法派往这些对象的人员` +
      `在负荷上限内最多只能提供 ${capacity} 人次（负荷上限不足，或回避、专长、属地限制过严）`,
    objects: list,
    agencyId: agencies.size === 1 && !expert ? [...agencies][0]! : null,
  };
}
