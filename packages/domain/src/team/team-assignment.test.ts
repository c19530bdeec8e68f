import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToHex } from '../crypto/hex.js';
import { freezeTask, type CommitmentInputs } from '../draw/commitment.js';
import { drawObjects } from '../draw/object-draw.js';
import { Prng } from '../random/seeded-prng.js';
import { assignmentCost, bruteForceOptimum, operatingObjects, smallTaskArbitrary, teamRuleViolation, teamTask } from '../testing/scenarios.js';
import { TeamContext, type CheckRef } from './eligibility.js';
import type { TeamSnapshot } from './roster-snapshot.js';
import { assignTeams } from './team-assignment.js';

type TeamInputs = CommitmentInputs & { team: TeamSnapshot };

function checksOf(inputs: CommitmentInputs, seed: string): CheckRef[] {
  return drawObjects(inputs, seed).flatMap((s) => s.drawn.map((d) => ({ uscc: d.uscc, stratum: s.stratum })));
}

/** Brute force is exponential; only compare when the search space is small. */
function tractable(inputs: TeamInputs, checks: readonly CheckRef[]): boolean {
  const ctx = new TeamContext(inputs);
  let product = 1;
  for (const check of checks) {
    const n = ctx.officers.filter((r) => ctx.ineligibility(check, r) === null).length;
    product *= Math.max(1, binomial(n, ctx.rules.officersPerTeam));
    if (product > 20000) return false;
  }
  return true;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1);
  return Math.max(0, Math.round(r));
}

describe('team assignment', () => {
  it('every assigned team obeys every rule, and the assignment is the brute-force optimum', () => {
    fc.assert(
      fc.property(
        smallTaskArbitrary({ maxObjects: 5, maxOfficersPerAgency: 4 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex),
        (input, seed) => {
          const inputs = freezeTask(input).commitmentInputs as TeamInputs;
          const checks = checksOf(inputs, seed);
          const outcome = assignTeams(inputs, seed, checks);
          const small = tractable(inputs, checks);
          if (outcome.status === 'assigned') {
            expect(teamRuleViolation(inputs, seed, checks, outcome.checks)).toBeNull();
            if (small) {
              expect(assignmentCost(outcome.checks, 'officer')).toBe(bruteForceOptimum(inputs, seed, checks, 'officer'));
              expect(assignmentCost(outcome.checks, 'expert')).toBe(bruteForceOptimum(inputs, seed, checks, 'expert') ?? 0n);
            }
          } else {
            expect(outcome.issues.length).toBeGreaterThan(0);
            for (const issue of outcome.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
            if (small) {
              const none =
                bruteForceOptimum(inputs, seed, checks, 'officer') === null ||
                (inputs.team.rules.expertsPerTeam > 0 && bruteForceOptimum(inputs, seed, checks, 'expert') === null);
              expect(none).toBe(true);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same teams whatever the candidate slack (the optimality proof expands as needed)', () => {
    fc.assert(
      fc.property(smallTaskArbitrary({ maxObjects: 8, maxOfficersPerAgency: 6 }), (input) => {
        const inputs = freezeTask(input).commitmentInputs as TeamInputs;
        const seed = 'c0ffee'.padEnd(64, '0');
        const checks = checksOf(inputs, seed);
        expect(assignTeams(inputs, seed, checks, { candidateSlack: 0 })).toEqual(assignTeams(inputs, seed, checks, { candidateSlack: 40 }));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the exact optimum with pruned candidates when load caps bind', () => {
    // Many candidates per group, caps of 1–2 and more checks than cheap officers: the pruned
    // candidate lists are often not enough, so the LP-duality check must expand them.
    const task = fc.record({
      checks: fc.integer({ min: 4, max: 9 }),
      officers: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 6, maxLength: 12 }),
      agencies: fc.integer({ min: 1, max: 2 }),
      salt: fc.nat(1000),
    });
    let loaded = 0;
    fc.assert(
      fc.property(task, ({ checks: count, officers, agencies, salt }) => {
        const inputs = freezeTask(
          teamTask({
            id: `cap-${salt}`,
            objects: operatingObjects(
              Array.from({ length: count }, (_, i) => 5000 + salt * 20 + i),
              '工贸',
            ),
            count,
            agencies: Array.from({ length: agencies }, (_, a) => ({ agencyId: `A${a}` })),
            maxChecksPerOfficer: 2,
            inspectors: officers.map((cap, i) => ({
              certNo: `P${String(i).padStart(2, '0')}`,
              agencyId: `A${i % agencies}`,
              certificateExpiresOn: '2030-01-01',
              maxChecks: cap,
            })),
          }),
        ).commitmentInputs as TeamInputs;
        const seed = bytesToHex(new Uint8Array(32).fill(salt % 256));
        const checks = checksOf(inputs, seed);
        const pruned = assignTeams(inputs, seed, checks, { candidateSlack: 0 });
        const full = assignTeams(inputs, seed, checks, { candidateSlack: 100 });
        expect(pruned).toEqual(full);
        if (full.status === 'assigned') {
          expect(teamRuleViolation(inputs, seed, checks, full.checks)).toBeNull();
          // Count draws where some officer serves two checks, i.e. where load caps can bind.
          const greedy = new Map<string, number>();
          for (const c of full.checks) for (const m of c.officers) greedy.set(m.certNo, (greedy.get(m.certNo) ?? 0) + 1);
          if ([...greedy.values()].some((n) => n >= 2)) loaded++;
        }
      }),
      { numRuns: 150 },
    );
    expect(loaded).toBeGreaterThan(10);
  });

  it('finds teams on a tight roster where ticket-order greedy would dead-end', () => {
    // Two checks, two officers each with load cap 1 per check: a lawful assignment exists for
    // every seed; a greedy that gives the first check its cheapest pair could block the second.
    const rng = new Prng('tight');
    for (let trial = 0; trial < 30; trial++) {
      const inspectors = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
        certNo: `${id}${trial}`,
        agencyId: i < 3 ? 'A' : 'B',
        certificateExpiresOn: '2030-01-01',
        maxChecks: i === 0 || i === 3 ? 2 : 1,
      }));
      const inputs = freezeTask(
        teamTask({
          id: `tight-${trial}`,
          objects: operatingObjects(
            [1, 2, 3].map((n) => n + trial * 10),
            '工贸',
          ),
          count: 3,
          agencies: [{ agencyId: 'A' }, { agencyId: 'B' }],
          maxChecksPerOfficer: 2,
          inspectors,
        }),
      ).commitmentInputs as TeamInputs;
      const seed = rng.hex32();
      const checks = checksOf(inputs, seed);
      const outcome = assignTeams(inputs, seed, checks);
      expect(outcome.status).toBe('assigned');
      if (outcome.status === 'assigned') expect(teamRuleViolation(inputs, seed, checks, outcome.checks)).toBeNull();
    }
  });

  it('explains an agency without eligible officers, naming the agency and the cause', () => {
    const inputs = freezeTask(
      teamTask({
        id: 'x',
        objects: operatingObjects([1, 2], '危险化学品'),
        count: 2,
        requiredExpertise: ['危险化学品'],
        agencies: [
          { agencyId: 'yjj', name: '漳平市应急管理局' },
          { agencyId: 'xf', name: '漳平市消防救援大队' },
        ],
        maxChecksPerOfficer: 5,
        inspectors: [
          { certNo: 'Y1', agencyId: 'yjj', certificateExpiresOn: '2030-01-01', expertise: ['危险化学品'] },
          { certNo: 'X1', agencyId: 'xf', certificateExpiresOn: '2030-01-01', expertise: ['工贸'] },
        ],
      }),
    ).commitmentInputs as TeamInputs;
    const seed = '1'.repeat(64);
    const outcome = assignTeams(inputs, seed, checksOf(inputs, seed));
    expect(outcome.status).toBe('infeasible');
    if (outcome.status !== 'infeasible') return;
    const issue = outcome.issues.find((i) => i.agencyId === 'xf')!;
    expect(issue.code).toBe('too_few_officers');
    expect(issue.message).toContain('漳平市消防救援大队');
    expect(issue.message).toContain('专长不符 1 名');
    expect(issue.objects).toHaveLength(2);
  });

  it('explains a load-cap shortfall with a Hall-type count', () => {
    const inputs = freezeTask(
      teamTask({
        id: 'y',
        objects: operatingObjects([1, 2, 3], '工贸'),
        count: 3,
        agencies: [{ agencyId: 'scjg', name: '市场监管局' }],
        maxChecksPerOfficer: 1,
        inspectors: ['M1', 'M2', 'M3', 'M4', 'M5'].map((certNo) => ({ certNo, agencyId: 'scjg', certificateExpiresOn: '2030-01-01' })),
      }),
    ).commitmentInputs as TeamInputs;
    const seed = '2'.repeat(64);
    const outcome = assignTeams(inputs, seed, checksOf(inputs, seed));
    expect(outcome.status).toBe('infeasible');
    if (outcome.status !== 'infeasible') return;
    expect(outcome.issues[0]!.code).toBe('load_cap');
    expect(outcome.issues[0]!.message).toMatch(/共需市场监管局的执法人员 6 人次.*最多只能提供 5 人次/);
  });
});
