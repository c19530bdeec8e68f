import { Prng } from '../random/seeded-prng.js';
import { TeamContext, type CheckRef } from '../team/eligibility.js';
import type { RosterEntry, TeamSnapshot } from '../team/roster-snapshot.js';
import { seatGroups, solveSeats, type GroupSpec } from '../team/team-assignment.js';
import { localShortages } from '../team/team-diagnosis.js';
import type { CommitmentInputs } from './commitment.js';
import { sampleSize } from './sample-size.js';
import { compareText } from './text-rules.js';

export interface FairnessOptions {
  /** Simulated seeds (default 2000). */
  seeds?: number;
  /** Seed of the simulation itself, so a preview can be repeated (default "fairness-preview"). */
  key?: string;
  /** Also simulate team assignment (default true when the task has team rules). */
  teams?: boolean;
}

export interface FairnessReport {
  seeds: number;
  strata: Array<{
    stratum: string;
    eligible: number;
    sampleSize: number;
    /** Exact inclusion probability n_h / N_h of every object of the stratum. */
    inclusion: number;
    /** Lowest and highest simulated inclusion frequency of any single object. */
    observedMin: number;
    observedMax: number;
  }>;
  inspectors: Array<{ certNo: string; agencyId: string; role: 'officer' | 'expert'; expectedLoad: number; maxLoad: number; loadCap: number }>;
  /** The inspector–object pair most often put together, with its frequency. */
  highestPair: { certNo: string; uscc: string; probability: number } | null;
  /** Share of simulated draws for which no lawful team assignment existed. */
  infeasibleShare: number;
}

/**
 * Fairness preview for a frozen task, before any seed exists: simulate many draws and report
 * each stratum's inclusion odds, each inspector's expected and worst load, and the highest
 * probability of any inspector–object pair. Simulated tickets come from seedrandom, not
 * HMAC: the preview needs the same distribution, not cross-language reproducibility, and is
 * several times faster that way. Team assignment runs the real min-cost flow.
 */
export function previewFairness(inputs: CommitmentInputs, options: FairnessOptions = {}): FairnessReport {
  const seeds = options.seeds ?? 2000;
  const rng = new Prng(options.key ?? 'fairness-preview');
  const pool = new Map(inputs.pool.strata.map((s) => [s.id, s.objects]));
  const strata = inputs.matrix.map((entry) => {
    const objects = pool.get(entry.stratum) ?? [];
    return { stratum: entry.stratum, objects, n: sampleSize(entry.selection, entry.min, entry.max, objects.length), counts: new Uint32Array(objects.length) };
  });
  const team = options.teams !== false && inputs.team !== null ? new TeamSimulation(inputs as CommitmentInputs & { team: TeamSnapshot }) : null;

  const order = strata.map((s) => Int32Array.from(s.objects, (_, i) => i));
  let infeasible = 0;
  for (let run = 0; run < seeds; run++) {
    const checks: CheckRef[] = [];
    strata.forEach((s, h) => {
      // Partial Fisher–Yates: the first n positions are a uniform random n-subset.
      const perm = order[h]!;
      for (let i = 0; i < s.n; i++) {
        const j = i + rng.below(perm.length - i);
        const t = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = t;
        s.counts[perm[i]!]!++;
        checks.push({ uscc: s.objects[perm[i]!]!, stratum: s.stratum });
      }
    });
    if (team && !team.run(checks, rng)) infeasible++;
  }

  return {
    seeds,
    strata: strata.map((s) => {
      let min = s.counts.length > 0 ? Infinity : 0;
      let max = 0;
      for (const c of s.counts) {
        min = Math.min(min, c);
        max = Math.max(max, c);
      }
      return {
        stratum: s.stratum,
        eligible: s.objects.length,
        sampleSize: s.n,
        inclusion: s.objects.length === 0 ? 0 : s.n / s.objects.length,
        observedMin: min / seeds,
        observedMax: max / seeds,
      };
    }),
    inspectors: team ? team.loadReport(seeds) : [],
    highestPair: team ? team.highestPair(seeds) : null,
    infeasibleShare: seeds === 0 ? 0 : infeasible / seeds,
  };
}

/** Runs the min-cost flow on simulated tickets and tallies loads and pair counts. */
class TeamSimulation {
  private readonly ctx: TeamContext;
  private readonly blocked = new Map<string, boolean>();
  private readonly groups = new Map<string, { officers: GroupSpec[]; experts: GroupSpec[] }>();
  private readonly people: RosterEntry[];
  private readonly personIndex = new Map<string, number>();
  private readonly objectIndex = new Map<string, number>();
  private readonly objects: string[] = [];
  private readonly total: Float64Array;
  private readonly max: Int32Array;
  private readonly current: Int32Array;
  /** Pair counts keyed by person × objects + object (numbers keep the hot loop allocation-free). */
  private readonly pairs = new Map<number, number>();

  constructor(inputs: CommitmentInputs & { team: TeamSnapshot }) {
    this.ctx = new TeamContext(inputs);
    this.people = [...this.ctx.officers, ...this.ctx.experts];
    this.people.forEach((r, i) => this.personIndex.set(r.certNo, i));
    for (const s of inputs.pool.strata) for (const uscc of s.objects) this.objectIndex.set(uscc, this.objects.push(uscc) - 1);
    this.total = new Float64Array(this.people.length);
    this.max = new Int32Array(this.people.length);
    this.current = new Int32Array(this.people.length);
  }

  /** One simulated assignment; false when no lawful assignment exists. */
  run(checks: CheckRef[], rng: Prng): boolean {
    const ordered = [...checks].sort((a, b) => compareText(a.uscc, b.uscc));
    for (const check of ordered) {
      let blocked = this.blocked.get(check.uscc);
      if (blocked === undefined) {
        blocked = localShortages(this.ctx, [check]).length > 0;
        this.blocked.set(check.uscc, blocked);
      }
      if (blocked) return false;
    }
    const specs = ordered.map((check) => {
      let g = this.groups.get(check.uscc);
      if (!g) {
        const both = seatGroups(this.ctx, [check]);
        g = { officers: both.officers[0]!, experts: both.experts[0]! };
        this.groups.set(check.uscc, g);
      }
      return g;
    });
    const source = (_check: number, _member: number, out: Int32Array) => {
      out[0] = rng.int32();
      out[1] = rng.int32();
      out[2] = rng.int32();
    };
    const officers = solveSeats(
      source,
      ordered,
      this.ctx.officers,
      specs.map((g) => g.officers),
      this.ctx.freeSeats,
      6,
      false,
    );
    if (!officers.ok) return false;
    const teams = officers.teams.map((t) => [...t]);
    if (this.ctx.rules.expertsPerTeam > 0) {
      const result = solveSeats(
        source,
        ordered,
        this.ctx.experts,
        specs.map((g) => g.experts),
        0,
        6,
        true,
      );
      if (!result.ok) return false;
      result.teams.forEach((t, i) => teams[i]!.push(...t));
    }
    this.current.fill(0);
    const objectCount = this.objects.length;
    ordered.forEach((check, i) => {
      const object = this.objectIndex.get(check.uscc)!;
      for (const m of teams[i]!) {
        const person = this.personIndex.get(m.certNo)!;
        this.current[person]!++;
        const key = person * objectCount + object;
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    });
    for (let p = 0; p < this.people.length; p++) {
      this.total[p] = this.total[p]! + this.current[p]!;
      this.max[p] = Math.max(this.max[p]!, this.current[p]!);
    }
    return true;
  }

  loadReport(seeds: number): FairnessReport['inspectors'] {
    return this.people.map((r, p) => ({
      certNo: r.certNo,
      agencyId: r.agencyId,
      role: r.role,
      expectedLoad: seeds === 0 ? 0 : this.total[p]! / seeds,
      maxLoad: this.max[p]!,
      loadCap: r.maxChecks,
    }));
  }

  highestPair(seeds: number): FairnessReport['highestPair'] {
    let bestKey = -1;
    let bestCount = 0;
    for (const [key, count] of this.pairs) {
      if (count > bestCount || (count === bestCount && key < bestKey)) {
        bestKey = key;
        bestCount = count;
      }
    }
    if (bestKey < 0) return null;
    const objectCount = this.objects.length;
    return { certNo: this.people[Math.floor(bestKey / objectCount)]!.certNo, uscc: this.objects[bestKey % objectCount]!, probability: bestCount / seeds };
  }
}
