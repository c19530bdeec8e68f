import type { CommitmentInputs } from '../draw/commitment.js';
import { sampleSize } from '../draw/sample-size.js';
import { TeamContext, type CheckRef } from './eligibility.js';
import type { RosterEntry, TeamSnapshot } from './roster-snapshot.js';
import { localShortages, type TeamIssue } from './team-diagnosis.js';

/** Seats the drawn checks will need against what the roster can give, per agency or role. */
export interface SeatBalance {
  /** Agency id for per-agency minimum seats; null for all officer seats or for experts. */
  agencyId: string | null;
  role: 'officer' | 'expert';
  /** Seats needed: Σ n_h × seats per team. */
  seats: number;
  /** Load capacity of the eligible inspectors: Σ min(maxChecks, checks they may serve). */
  capacity: number;
}

export interface FeasibilityReport {
  /** False when some outcome of the draw is certain or possible to leave a check without a lawful team. */
  feasible: boolean;
  issues: TeamIssue[];
  balances: SeatBalance[];
}

/**
 * Team feasibility before any seed exists, so nobody learns which rule to loosen after the
 * reveal. Two checks:
 * 1. every object that can be drawn (its stratum has n_h > 0) has enough eligible officers
 *    per agency, in total, and experts (conflicts, expertise and home township applied);
 * 2. Hall-type counting over requirement classes (strata grouped by required expertise): for
 *    every set S of classes, the seats Σ_{h∈S} n_h × seats must not exceed the summed load caps
 *    of the inspectors eligible for some class in S (each capped by the checks they may serve).
 * Both are necessary conditions and usually decisive; conflicts concentrated on the objects
 * actually drawn can still block a draw, which the fairness preview measures.
 */
export function checkTeamFeasibility(inputs: CommitmentInputs): FeasibilityReport {
  if (inputs.team === null) return { feasible: true, issues: [], balances: [] };
  const ctx = new TeamContext(inputs as CommitmentInputs & { team: TeamSnapshot });
  const pool = new Map(inputs.pool.strata.map((s) => [s.id, s.objects]));
  const sizes = new Map<string, number>();
  const drawable: CheckRef[] = [];
  for (const entry of inputs.matrix) {
    const objects = pool.get(entry.stratum) ?? [];
    const n = sampleSize(entry.selection, entry.min, entry.max, objects.length);
    sizes.set(entry.stratum, n);
    if (n > 0) for (const uscc of objects) drawable.push({ uscc, stratum: entry.stratum });
  }
  const issues = localShortages(ctx, drawable);

  // Requirement classes: strata with the same required expertise behave alike here.
  const classes = new Map<string, { strata: string[]; checks: number; tags: string[] }>();
  for (const entry of inputs.matrix) {
    const n = sizes.get(entry.stratum) ?? 0;
    if (n === 0) continue;
    const key = entry.requiredExpertise.join('\u0000');
    const c = classes.get(key) ?? { strata: [], checks: 0, tags: entry.requiredExpertise };
    c.strata.push(entry.stratum);
    c.checks += n;
    classes.set(key, c);
  }
  const list = [...classes.values()];
  const subsets = list.length <= 12 ? allSubsets(list.length) : [...list.map((_, i) => [i]), list.map((_, i) => i)];
  const balances: SeatBalance[] = [];
  const rules = ctx.rules;
  const demands: Array<{ role: 'officer' | 'expert'; agencyId: string | null; perTeam: number; pool: readonly RosterEntry[] }> = [
    ...rules.agencies
      .filter((a) => a.minOfficers > 0)
      .map((a) => ({ role: 'officer' as const, agencyId: a.agencyId, perTeam: a.minOfficers, pool: ctx.officers.filter((r) => r.agencyId === a.agencyId) })),
    { role: 'officer', agencyId: null, perTeam: rules.officersPerTeam, pool: ctx.officers },
    ...(rules.expertsPerTeam > 0 ? [{ role: 'expert' as const, agencyId: null, perTeam: rules.expertsPerTeam, pool: ctx.experts }] : []),
  ];
  for (const d of demands) {
    let whole: SeatBalance | null = null;
    // Report only minimal violating sets: a superset of a violating set adds nothing.
    const violating: number[] = [];
    for (const subset of subsets) {
      const chosen = subset.map((i) => list[i]!);
      const seats = chosen.reduce((sum, c) => sum + c.checks * d.perTeam, 0);
      let capacity = 0;
      for (const r of d.pool) {
        const serves = chosen.reduce((sum, c) => sum + (c.tags.every((t) => r.expertise.includes(t)) ? c.checks : 0), 0);
        capacity += Math.min(r.maxChecks, serves);
      }
      const balance = { agencyId: d.agencyId, role: d.role, seats, capacity };
      if (subset.length === list.length) whole = balance;
      const mask = list.length <= 30 ? subset.reduce((m, i) => m | (1 << i), 0) : -1;
      if (seats > capacity && !violating.some((v) => mask !== -1 && (v & mask) === v)) {
        violating.push(mask);
        issues.push(
          capacityIssue(
            chosen.flatMap((c) => c.strata),
            balance,
            ctx,
          ),
        );
      }
    }
    if (whole) balances.push(whole);
  }
  return { feasible: issues.length === 0, issues: dedupe(issues), balances };
}

function capacityIssue(strata: string[], b: SeatBalance, ctx: TeamContext): TeamIssue {
  const who = b.role === 'expert' ? '专家' : b.agencyId ? `${ctx.agencyName(b.agencyId)}的执法人员` : '执法人员';
  return {
    code: 'load_cap',
    message: `分层 ${strata.map((s) => `“${s}”`).join('、')} 预计抽取的检查对象共需${who} ${b.seats} 人次，但具备相应专长的人员负荷上限合计只有 ${b.capacity} 人次`,
    objects: [],
    agencyId: b.agencyId,
  };
}

/** Non-empty subsets of {0..n-1}, smaller ones first (so minimal violators are found first). */
function allSubsets(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const subset: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) subset.push(i);
    out.push(subset);
  }
  return out.sort((a, b) => a.length - b.length);
}

function dedupe(issues: TeamIssue[]): TeamIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.message) ? false : (seen.add(i.message), true)));
}
