// Test-only helpers: random small tasks (fast-check), a rule checker for team outcomes and a
// brute-force optimum to compare the min-cost flow against. Not exported from the package.
import fc from 'fast-check';
import type { CommitmentInputs, FreezeInput } from '../draw/commitment.js';
import type { EntropySource } from '../draw/entropy.js';
import { Tickets } from '../draw/tickets.js';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import { TeamContext, type CheckRef } from '../team/eligibility.js';
import type { InspectorRow, RosterEntry, TeamSnapshot } from '../team/roster-snapshot.js';
import type { ConflictReason } from '../vocabulary/inspector.js';
import type { CheckTeam } from '../team/team-assignment.js';

export const TEST_ENTROPY: EntropySource[] = [{ id: 'witness', kind: 'witness', label: '见证人', digits: 4 }];
export const TEST_REVEALS = [{ source: 'witness', value: '2020' }];

const TOWNSHIPS = ['T1', 'T2', 'T3'];
const TAGS = ['矿山', '化学品', '烟花'];

/** A random small joint task: 1–3 strata, 1–3 agencies, a handful of officers and experts. */
export function smallTaskArbitrary(options: { maxObjects?: number; maxOfficersPerAgency?: number } = {}): fc.Arbitrary<FreezeInput> {
  const maxObjects = options.maxObjects ?? 8;
  const maxOfficers = options.maxOfficersPerAgency ?? 5;
  // Biased towards staffable tasks (most strata without expertise rules, officers with at
  // least one tag, caps usually ≥ 1) so that assigned outcomes are common, while shortages,
  // conflicts, expired certificates and zero caps still occur.
  const stratum = fc.record({
    size: fc.integer({ min: 0, max: maxObjects }),
    count: fc.integer({ min: 0, max: 4 }),
    expertise: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constantFrom(...TAGS), weight: 1 }),
  });
  const person = fc.record({
    tags: fc.subarray(TAGS, { minLength: 1 }),
    township: fc.option(fc.constantFrom(...TOWNSHIPS), { nil: null }),
    maxChecks: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 6 }, { arbitrary: fc.constant(0), weight: 1 }),
  });
  return fc
    .record({
      strata: fc.array(stratum, { minLength: 1, maxLength: 3 }),
      agencies: fc.array(
        fc.record({
          min: fc.oneof({ arbitrary: fc.constant(1), weight: 4 }, { arbitrary: fc.constantFrom(0, 2), weight: 1 }),
          officers: fc.array(person, { minLength: 1, maxLength: maxOfficers }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      extraSeats: fc.integer({ min: 0, max: 1 }),
      experts: fc.array(person, { minLength: 1, maxLength: 3 }),
      expertsPerTeam: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.constant(1), weight: 1 }),
      homeArea: fc.boolean(),
      expiredMask: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      objectTownships: fc.array(fc.constantFrom(...TOWNSHIPS), { minLength: 30, maxLength: 30 }),
      conflicts: fc.array(fc.tuple(fc.nat(200), fc.nat(200), fc.constantFrom<ConflictReason>('declared', 'enterprise_requested', 'kinship')), { maxLength: 4 }),
    })
    .map((s) => {
      let n = 0;
      const objects = s.strata.flatMap((st, h) =>
        Array.from({ length: st.size }, () => ({
          uscc: syntheticUscc(++n),
          sectorCode: `S${h}`,
          townshipCode: s.objectTownships[n % 30]!,
          status: 'operating' as const,
          drawsThisYear: 0,
        })),
      );
      const inspectors: InspectorRow[] = [];
      let k = 0;
      s.agencies.forEach((a, i) =>
        a.officers.forEach((p) => {
          inspectors.push({
            certNo: `C${i}-${String(++k).padStart(3, '0')}`,
            agencyId: `A${i}`,
            certificateExpiresOn: s.expiredMask[k % 20] && k % 3 === 0 ? '2020-01-31' : '2030-12-31',
            expertise: p.tags,
            homeTownshipCode: p.township,
            maxChecks: p.maxChecks,
          });
        }),
      );
      s.experts.forEach((p, i) =>
        inspectors.push({ certNo: `E-${i}`, agencyId: 'A0', role: 'expert', expertise: p.tags, homeTownshipCode: p.township, maxChecks: p.maxChecks }),
      );
      const minimum = s.agencies.reduce((sum, a) => sum + a.min, 0);
      const conflicts =
        objects.length === 0 || inspectors.length === 0
          ? []
          : s.conflicts.map(([o, p, reason]) => ({ uscc: objects[o % objects.length]!.uscc, certNo: inspectors[p % inspectors.length]!.certNo, reason }));
      const input: FreezeInput = {
        task: { id: 'T', regionCode: '350881', year: 2020 },
        objects,
        matrix: {
          strata: s.strata.map((st, h) => ({
            stratum: `S${h}`,
            selection: { kind: 'count', count: st.count },
            requiredExpertise: st.expertise ? [st.expertise] : [],
          })),
        },
        team: {
          rules: {
            inspectionStart: '2020-03-01',
            inspectionEnd: '2020-03-31',
            agencies: s.agencies.map((a, i) => ({ agencyId: `A${i}`, minOfficers: a.min })),
            officersPerTeam: Math.max(2, minimum) + s.extraSeats,
            expertsPerTeam: s.expertsPerTeam,
            maxChecksPerOfficer: 4,
            homeAreaConflict: s.homeArea,
          },
          inspectors,
          conflicts,
        },
        entropy: TEST_ENTROPY,
      };
      return input;
    });
}

/** Every rule of protocol §8.1 for one assigned outcome; returns the first violation or null. */
export function teamRuleViolation(
  inputs: CommitmentInputs & { team: TeamSnapshot },
  seed: string,
  checks: readonly CheckRef[],
  teams: readonly CheckTeam[],
): string | null {
  const ctx = new TeamContext(inputs);
  const tickets = new Tickets(seed);
  const rules = inputs.team.rules;
  const byCert = new Map(inputs.team.roster.map((r) => [r.certNo, r]));
  const load = new Map<string, number>();
  if (teams.length !== checks.length) return 'team count differs from check count';
  for (const team of teams) {
    const check = checks.find((c) => c.uscc === team.uscc);
    if (!check || check.stratum !== team.stratum) return `unknown check ${team.uscc}`;
    if (team.officers.length !== rules.officersPerTeam) return `${team.uscc}: ${team.officers.length} officers`;
    if (team.officers.length < 2) return `${team.uscc}: fewer than two officers`;
    if (team.experts.length !== rules.expertsPerTeam) return `${team.uscc}: ${team.experts.length} experts`;
    const all = [...team.officers, ...team.experts];
    if (new Set(all.map((m) => m.certNo)).size !== all.length) return `${team.uscc}: someone twice`;
    for (const [list, role] of [
      [team.officers, 'officer'],
      [team.experts, 'expert'],
    ] as const) {
      let previous = '';
      for (const m of list) {
        const r = byCert.get(m.certNo);
        if (!r || r.role !== role) return `${m.certNo} is not a usable ${role}`;
        if (role === 'officer' && !ctx.officers.includes(r)) return `${m.certNo} has no valid certificate or agency`;
        const why = ctx.ineligibility(check, r);
        if (why) return `${m.certNo} ineligible for ${team.uscc}: ${why}`;
        if (m.ticket !== tickets.teamTicket(team.uscc, m.certNo)) return `${m.certNo} ticket wrong`;
        if (m.ticket < previous) return `${team.uscc}: not in ticket order`;
        previous = m.ticket;
        load.set(m.certNo, (load.get(m.certNo) ?? 0) + 1);
      }
    }
    for (const a of rules.agencies) {
      if (team.officers.filter((m) => m.agencyId === a.agencyId).length < a.minOfficers) return `${team.uscc}: agency ${a.agencyId} below minimum`;
    }
  }
  for (const [certNo, n] of load) if (n > byCert.get(certNo)!.maxChecks) return `${certNo} over its load cap`;
  return null;
}

/**
 * Brute force over all lawful assignments of one role (officers or experts): the least
 * total cost (Σ first-40-bit, then Σ next-40-bit), or null if none exists.
 */
export function bruteForceOptimum(
  inputs: CommitmentInputs & { team: TeamSnapshot },
  seed: string,
  checks: readonly CheckRef[],
  role: 'officer' | 'expert',
): bigint | null {
  const ctx = new TeamContext(inputs);
  const tickets = new Tickets(seed);
  const pool: RosterEntry[] = role === 'officer' ? ctx.officers : ctx.experts;
  const seats = role === 'officer' ? ctx.rules.officersPerTeam : ctx.rules.expertsPerTeam;
  const cost = (check: CheckRef, r: RosterEntry) => {
    const t = tickets.teamTicket(check.uscc, r.certNo);
    return (BigInt(`0x${t.slice(0, 10)}`) << 100n) + BigInt(`0x${t.slice(10, 20)}`);
  };
  const options = checks.map((check) => {
    const eligible = pool.map((r, i) => [r, i] as const).filter(([r]) => ctx.ineligibility(check, r) === null);
    const teams: Array<{ members: number[]; cost: bigint }> = [];
    const pick = (start: number, chosen: number[]) => {
      if (chosen.length === seats) {
        if (role === 'officer') {
          for (const a of ctx.rules.agencies) if (chosen.filter((i) => pool[i]!.agencyId === a.agencyId).length < a.minOfficers) return;
        }
        teams.push({ members: [...chosen], cost: chosen.reduce((s, i) => s + cost(check, pool[i]!), 0n) });
        return;
      }
      for (let e = start; e < eligible.length; e++) pick(e + 1, [...chosen, eligible[e]![1]]);
    };
    pick(0, []);
    return teams.sort((a, b) => (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : 0));
  });
  const load = new Int32Array(pool.length);
  let best: bigint | null = null;
  const dfs = (c: number, total: bigint) => {
    if (best !== null && total >= best) return;
    if (c === checks.length) {
      best = total;
      return;
    }
    for (const team of options[c]!) {
      if (best !== null && total + team.cost >= best) break;
      if (team.members.some((i) => load[i]! >= pool[i]!.maxChecks)) continue;
      for (const i of team.members) load[i]!++;
      dfs(c + 1, total + team.cost);
      for (const i of team.members) load[i]!--;
    }
  };
  dfs(0, 0n);
  return best;
}

/** Total cost of the assignment in the same units as bruteForceOptimum. */
export function assignmentCost(teams: readonly CheckTeam[], role: 'officer' | 'expert'): bigint {
  let total = 0n;
  for (const team of teams) {
    for (const m of role === 'officer' ? team.officers : team.experts)
      total += (BigInt(`0x${m.ticket.slice(0, 10)}`) << 100n) + BigInt(`0x${m.ticket.slice(10, 20)}`);
  }
  return total;
}

/** Operating objects of one sector, not yet drawn this year, with the synthetic USCCs of `numbers`. */
export function operatingObjects(numbers: readonly number[], sectorCode: string): FreezeInput['objects'] {
  return numbers.map((n) => ({ uscc: syntheticUscc(n), sectorCode, status: 'operating' as const, drawsThisYear: 0 }));
}

type TeamRules = NonNullable<FreezeInput['team']>['rules'];

/**
 * A one-stratum task of 2020 drawing `count` of `objects`, inspected on 1–2 May 2020 by the
 * given agencies and inspectors (with the test entropy): the small rosters of the team tests.
 */
export function teamTask(task: {
  id: string;
  objects: FreezeInput['objects'];
  count: number;
  requiredExpertise?: string[];
  agencies: TeamRules['agencies'];
  maxChecksPerOfficer: number;
  inspectors: NonNullable<FreezeInput['team']>['inspectors'];
  conflicts?: NonNullable<FreezeInput['team']>['conflicts'];
}): FreezeInput {
  const { id, objects, count, requiredExpertise, agencies, maxChecksPerOfficer, inspectors, conflicts } = task;
  return {
    task: { id, regionCode: '350881', year: 2020 },
    objects,
    matrix: { default: { selection: { kind: 'count', count }, ...(requiredExpertise ? { requiredExpertise } : {}) } },
    team: {
      rules: { inspectionStart: '2020-05-01', inspectionEnd: '2020-05-02', agencies, maxChecksPerOfficer },
      inspectors,
      ...(conflicts ? { conflicts } : {}),
    },
    entropy: TEST_ENTROPY,
  };
}
