// 10,000 checks, 2,000 inspectors in 3 agencies, 1% conflicts: team assignment.
//   npm run bench:teams -w @liancha/domain -- [checks] [inspectors]
import { freezeTask, type CommitmentInputs } from '../src/draw/commitment.js';
import { drawObjects } from '../src/draw/object-draw.js';
import { Tickets } from '../src/draw/tickets.js';
import { Prng } from '../src/random/seeded-prng.js';
import { syntheticUscc } from '../src/fixtures/uscc-factory.js';
import { assignTeams } from '../src/team/team-assignment.js';
import type { TeamSnapshot } from '../src/team/roster-snapshot.js';
import { blockTemplate } from '../src/crypto/hmac-sha256.js';
import { utf8 } from '../src/crypto/bytes.js';
import { machineNote, ms } from './timing.js';

const CHECKS = Number(process.argv[2] ?? 10_000);
const INSPECTORS = Number(process.argv[3] ?? 2_000);
const AGENCIES = ['yjj', 'scjg', 'xf'];

console.log(`# teams-10k — ${await machineNote()}`);
const rng = new Prng('teams-bench');
const objects = Array.from({ length: CHECKS }, (_, i) => ({
  uscc: syntheticUscc(i + 1),
  sectorCode: `S${i % 4}`,
  status: 'operating' as const,
  drawsThisYear: 0,
}));
const inspectors = Array.from({ length: INSPECTORS }, (_, i) => ({
  certNo: `FJ${String(i).padStart(6, '0')}`,
  agencyId: AGENCIES[i % 3]!,
  certificateExpiresOn: '2030-12-31',
}));
const conflicts = Array.from({ length: Math.round(CHECKS * INSPECTORS * 0.01) }, () => ({
  certNo: inspectors[rng.below(INSPECTORS)]!.certNo,
  uscc: objects[rng.below(CHECKS)]!.uscc,
  reason: 'declared' as const,
}));
// Average load is 3 seats × 10,000 / 2,000 = 15; a cap of 20 makes the caps bind for some inspectors.
const frozen = freezeTask({
  task: { id: 'BENCH-TEAMS', regionCode: '350881', year: 2024 },
  objects,
  matrix: { default: { selection: { kind: 'count', count: CHECKS } } },
  team: {
    rules: {
      inspectionStart: '2024-01-01',
      inspectionEnd: '2024-12-31',
      agencies: AGENCIES.map((agencyId) => ({ agencyId })),
      officersPerTeam: 3,
      maxChecksPerOfficer: 20,
    },
    inspectors,
    conflicts,
  },
  entropy: [{ id: 'witness', kind: 'witness', label: '见证人', digits: 6 }],
});
const inputs = frozen.commitmentInputs as CommitmentInputs & { team: TeamSnapshot };
const seed = 'ab'.repeat(32);
const checks = drawObjects(inputs, seed).flatMap((s) => s.drawn.map((d) => ({ uscc: d.uscc, stratum: s.stratum })));
console.log(
  `checks ${checks.length}, officers ${inputs.team.roster.length}, conflict pairs ${inputs.team.conflicts.length}, eligible pairs ≈ ${(checks.length * INSPECTORS - inputs.team.conflicts.length).toLocaleString('en')}`,
);

// The floor: one HMAC ticket per eligible (check, officer) pair, as the protocol requires.
const tickets = new Tickets(seed);
const out = new Int32Array(8);
const blocks = inspectors.map((r) => {
  const bytes = utf8(r.certNo);
  const block = blockTemplate(new Uint8Array(24), bytes.length)!;
  for (let i = 0; i < bytes.length; i++) block[6 + (i >> 2)]! |= bytes[i]! << (24 - ((i & 3) << 3));
  return block;
});
let start = performance.now();
for (const check of checks) {
  const head = blockTemplate(utf8(`team|${check.uscc}|`), 0)!;
  for (const block of blocks) {
    for (let k = 0; k < 6; k++) block[k] = head[k]!;
    tickets.mac.macBlock(block, out);
  }
}
const hmacOnly = performance.now() - start;
console.log(`HMAC tickets alone (${(checks.length * INSPECTORS).toLocaleString('en')} pairs): ${ms(hmacOnly)}`);

start = performance.now();
const outcome = assignTeams(inputs, seed, checks);
const total = performance.now() - start;
if (outcome.status !== 'assigned') throw new Error(JSON.stringify(outcome.issues));
const loads = new Map<string, number>();
for (const c of outcome.checks) for (const m of c.officers) loads.set(m.certNo, (loads.get(m.certNo) ?? 0) + 1);
const atCap = [...loads.values()].filter((n) => n === 20).length;
console.log(
  `assignTeams: ${ms(total)} (of which ≈ ${ms(hmacOnly)} tickets, ≈ ${ms(Math.max(0, total - hmacOnly))} eligibility, candidate selection and min-cost flow)`,
);
console.log(`teams ${outcome.checks.length}, inspectors at their load cap ${atCap}, max load ${Math.max(...loads.values())}`);
