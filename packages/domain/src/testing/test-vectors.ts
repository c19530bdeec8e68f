// Builds the protocol test vectors (test-vectors/*.json). Pure: the script
// scripts/generate-test-vectors.ts writes them, test-vectors.test.ts checks the files are
// current, and verifiers/python/test_vectors.py checks an independent implementation.
import { canonicalJson } from '../canonical/canonical-json.js';
import { sha256Hex } from '../crypto/sha256.js';
import { planBatchQuotas, batchMatrix } from '../draw/batch-quotas.js';
import { freezeTask, type FreezeInput } from '../draw/commitment.js';
import { checkReveals, commitSecret, deriveSeed, type Reveal } from '../draw/entropy.js';
import { runDraw, type DrawBundle } from '../draw/proof-bundle.js';
import { ratioBp, sampleSize, type Selection } from '../draw/sample-size.js';
import { applyRecusal } from '../draw/recusal.js';
import { applySubstitution } from '../draw/substitution.js';
import { Tickets } from '../draw/tickets.js';
import { verifyDraw } from '../draw/verify-draw.js';
import { Prng } from '../random/seeded-prng.js';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import * as zp from '../fixtures/zhangping-2020.js';
import { recusalTaskInput, RECUSAL_REVEALS } from './recusal-task.js';

export type VectorFiles = Record<string, string>;

/** Every vector file, keyed by its path under test-vectors/. */
export function buildVectors(): VectorFiles {
  const draws = buildDraws();
  const files: VectorFiles = {
    'canonical-json.json': json(canonicalVectors()),
    'primitives.json': json(primitiveVectors()),
    'tampered.json': json(tamperedVectors(draws)),
  };
  for (const [name, bundle] of Object.entries(draws)) files[`draws/${name}.json`] = json(bundle);
  return files;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

function canonicalVectors() {
  const inputs: unknown[] = [
    { b: 2, a: 1, c: { z: [3, 2, 1], y: null, x: true } },
    { '\u20ac': 'Euro', '\r': 'CR', '\ufb33': 'Dalet', '1': 'One', '\ud83d\ude00': 'Emoji', '\u0080': 'Ctl', '\u00f6': 'o-umlaut' },
    { text: 'line\nbreak\ttab "quote" \\ back \u0001 \u001f \u007f \u2028 é 漳平' },
    [0, -0, 1, -1, 9007199254740991, -9007199254740991],
    { nested: [{ b: [], a: {} }, 'x', false] },
  ];
  return {
    description: 'RFC 8785 canonical JSON restricted to safe integers; sha256 is over the UTF-8 bytes.',
    cases: inputs.map((input) => {
      const canonical = canonicalJson(input);
      return { input, canonical, sha256: sha256Hex(canonical) };
    }),
  };
}

function primitiveVectors() {
  const rng = new Prng('primitive-vectors');
  const commitment = sha256Hex('liancha test commitment');
  const reveals: Reveal[] = [
    { source: 'witness', value: '314159' },
    { source: 'agency:a', value: 'secret-of-agency-a-0123456789abcdef' },
  ];
  const sources = [
    { id: 'agency:a', kind: 'agency' as const, label: '甲局', agencyId: 'a', commitment: commitSecret(reveals[1]!.value) },
    { id: 'witness', kind: 'witness' as const, label: '见证人', digits: 6 },
  ];
  const sorted = checkReveals(sources, reveals);
  const seed = deriveSeed(commitment, sorted);
  const tickets = new Tickets(seed);
  const selections: Array<[Selection, number, number | null, number]> = [
    [ratioBp(1000), 0, null, 33],
    [ratioBp(1000), 0, null, 332],
    [ratioBp(500, 'floor'), 1, null, 19],
    [ratioBp(3000, 'half_up'), 0, 10, 45],
    [{ kind: 'ratio', numerator: 1, denominator: 3, rounding: 'ceil' }, 0, null, 10],
    [{ kind: 'count', count: 12 }, 0, null, 7],
    [ratioBp(1000), 5, null, 3],
  ];
  return {
    description: 'Secret commitments, seed derivation, object and team tickets, sample sizes (liancha-draw/1).',
    secretCommitments: reveals.slice(1).map((r) => ({ secret: r.value, commitment: commitSecret(r.value) })),
    seeds: [{ commitment, reveals, sortedRevealsCanonical: canonicalJson(sorted), seed }],
    objectTickets: Array.from({ length: 6 }, (_, i) => {
      const stratum = ['非煤矿山', '危险化学品/B', '工贸', 'S01'][i % 4]!;
      const uscc = syntheticUscc(1 + rng.below(100000));
      return { seed, stratum, uscc, message: `object|${stratum}|${uscc}`, ticket: tickets.objectTicket(stratum, uscc) };
    }),
    teamTickets: Array.from({ length: 6 }, (_, i) => {
      const uscc = syntheticUscc(1 + rng.below(100000));
      const certNo = i === 5 ? '闽应急执〔2020〕第0001号' : `FJ${1000 + i}`;
      const ticket = tickets.teamTicket(uscc, certNo);
      return {
        seed,
        uscc,
        certNo,
        message: `team|${uscc}|${certNo}`,
        ticket,
        costHi: parseInt(ticket.slice(0, 10), 16),
        costLo: parseInt(ticket.slice(10, 20), 16),
      };
    }),
    sampleSizes: selections.map(([selection, min, max, size]) => ({ selection, min, max, size, n: sampleSize(selection, min, max, size) })),
  };
}

function buildDraws(): Record<string, DrawBundle> {
  return {
    'zhangping-2020-q3': zhangpingQuarter(),
    'sector-risk-strata': sectorRiskStrata(),
    'free-seats': freeSeats(),
    'infeasible-teams': infeasibleTeams(),
    recusals: recusals(),
    'announced-values': announcedValues(),
  };
}

/** The seed plan's third quarter: quarterly quotas of the ≥10% year, three agencies, experts, substitutions. */
function zhangpingQuarter(): DrawBundle {
  const objects = zp.zhangpingObjects();
  const plan = planBatchQuotas(
    zp.ZHANGPING_SECTORS.map(([stratum, size]) => ({ stratum, size, selection: ratioBp(1000) })),
    4,
  );
  // Objects drawn in Q1–Q2 have reached the once-a-year cap.
  const rng = new Prng('zhangping-q1-q2');
  const drawnBefore = new Set(
    rng
      .shuffled(objects)
      .slice(0, 27)
      .map((o) => o.uscc),
  );
  const rows = objects.map((o) => ({ ...o, drawsThisYear: drawnBefore.has(o.uscc) ? 1 : 0 }));
  const inspectors = zp.zhangpingInspectors();
  const { conflicts, history } = zp.zhangpingConflicts(objects, inspectors);
  const expertise = Object.fromEntries(zp.ZHANGPING_SECTORS.map(([s]) => [s, { requiredExpertise: [s] }]));
  const input: FreezeInput = {
    task: { id: 'ZP-YJJ-2020-Q3', regionCode: '350881', year: 2020, title: '漳平市应急管理局2020年第三季度“双随机”联合抽查' },
    objects: rows,
    matrix: batchMatrix(plan, 2, expertise),
    team: { rules: zp.zhangpingTeamRules(), inspectors, conflicts, history },
    entropy: zp.zhangpingEntropy(commitSecret),
  };
  let bundle = runDraw(freezeTask(input), zp.zhangpingReveals());
  const gongmao = bundle.objects.find((s) => s.stratum === '工贸')!;
  bundle = applySubstitution(bundle, { uscc: gongmao.drawn[1]!.uscc, reason: 'closed' });
  bundle = applySubstitution(bundle, { uscc: bundle.substitutions[0]!.substitute, reason: 'other', note: '企业已整体搬迁至龙岩市新罗区' });
  return checked(bundle);
}

/** Sector × risk-class strata with per-class ratios and caps; an object-only draw. */
function sectorRiskStrata(): DrawBundle {
  const rng = new Prng('sector-risk');
  const objects = Array.from({ length: 160 }, (_, i) => ({
    uscc: syntheticUscc(20000 + i),
    sectorCode: rng.pick(['危险化学品', '工贸']),
    riskClass: rng.pick(['A', 'B', 'C', 'D'] as const),
    status: rng.float() < 0.05 ? ('suspended' as const) : ('operating' as const),
    drawsThisYear: rng.below(3),
    inKeyCheckList: rng.float() < 0.05,
  }));
  const ratio = { A: ratioBp(500, 'floor'), B: ratioBp(1000), C: ratioBp(3000), D: ratioBp(10000) };
  const input: FreezeInput = {
    task: { id: 'RISK-2024-1', regionCode: '350881', year: 2024, title: null },
    objects,
    poolRules: { stratifyBy: ['sectorCode', 'riskClass'], frequencyCap: { default: 1, byRiskClass: { C: 2, D: null } } },
    matrix: {
      strata: ['危险化学品', '工贸'].flatMap((sector) =>
        (['A', 'B', 'C', 'D'] as const).map((rc) => ({ stratum: `${sector}/${rc}`, selection: ratio[rc], min: rc === 'D' ? 0 : 1, substitutes: 2 })),
      ),
    },
    entropy: [
      { id: 'agency:scjg', kind: 'agency', label: '市场监督管理局', agencyId: 'scjg', commitment: commitSecret('0f'.repeat(16) + '-scjg-2024') },
      { id: 'lottery', kind: 'external', label: '福彩3D', description: '2024年3月1日中国福利彩票3D开奖号码' },
    ],
  };
  let bundle = runDraw(freezeTask(input), [
    { source: 'lottery', value: '4 0 7' },
    { source: 'agency:scjg', value: '0f'.repeat(16) + '-scjg-2024' },
  ]);
  const b = bundle.objects.find((s) => s.stratum === '工贸/B')!;
  bundle = applySubstitution(bundle, { uscc: b.drawn[0]!.uscc, reason: 'duplicate' });
  return checked(bundle);
}

/**
 * Announced public values (§4.1.1): a lottery draw and a beacon round declared in the
 * commitment, an agency secret, and the informative producer field (§11.1) with a fixed value
 * (a real one changes with every change of the draw code).
 */
function announcedValues(): DrawBundle {
  const objects = Array.from({ length: 30 }, (_, i) => ({
    uscc: syntheticUscc(40000 + i),
    sectorCode: i % 2 ? '工贸' : '危险化学品',
    status: 'operating' as const,
    drawsThisYear: 0,
  }));
  const secret = 'a5'.repeat(16) + '-yjj-2026';
  const input: FreezeInput = {
    task: { id: 'ANNOUNCED-2026-12', regionCode: '350881', year: 2026, title: '以福彩3D开奖号码和公共随机信标为随机源的抽查' },
    objects,
    matrix: { strata: ['危险化学品', '工贸'].map((stratum) => ({ stratum, selection: ratioBp(2000), substitutes: 2 })) },
    entropy: [
      { id: 'agency:yjj', kind: 'agency', label: '应急管理局', agencyId: 'yjj', commitment: commitSecret(secret) },
      {
        id: 'external',
        kind: 'external',
        label: '福彩3D',
        description: '福彩3D第2026330期开奖号码（2026-12-06 21:30 后公布）',
        announcement: { kind: 'lottery', name: '福彩3D', round: '2026330', url: null, availableAfter: '2026-12-06T13:30:00Z' },
      },
      {
        id: 'beacon',
        kind: 'external',
        label: 'drand quicknet',
        description:
          'drand quicknet第24000000轮输出值（https://api.drand.sh/52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971/public/24000000，2026-12-06 22:00 后公布）',
        announcement: {
          kind: 'beacon',
          name: 'drand quicknet',
          round: '24000000',
          url: 'https://api.drand.sh/52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971/public/24000000',
          availableAfter: '2026-12-06T14:00:00Z',
        },
      },
    ],
  };
  const bundle = runDraw(freezeTask(input), [
    { source: 'external', value: '5 2 9' },
    { source: 'beacon', value: '3f'.repeat(32) },
    { source: 'agency:yjj', value: secret },
  ]);
  return checked({ ...bundle, producer: { software: 'liancha', version: '0.0.0-vector', drawCodeSha256: '0'.repeat(64) } });
}

/** Two agencies with one seat each plus a free seat, so agency and free seats compete. */
function freeSeats(): DrawBundle {
  const objects = Array.from({ length: 40 }, (_, i) => ({
    uscc: syntheticUscc(30000 + i),
    sectorCode: i % 3 ? '工贸' : '烟花爆竹',
    townshipCode: `T${i % 4}`,
    status: 'operating' as const,
    drawsThisYear: 0,
  }));
  const inspectors = Array.from({ length: 9 }, (_, i) => ({
    certNo: `M-${String(i).padStart(2, '0')}`,
    agencyId: i < 5 ? 'scjg' : 'xf',
    certificateExpiresOn: i === 8 ? '2024-04-30' : '2026-12-31',
    expertise: i % 2 ? ['烟花爆竹'] : ['烟花爆竹', '工贸'],
    homeTownshipCode: `T${i % 4}`,
    maxChecks: i === 0 ? 1 : 3,
  }));
  const input: FreezeInput = {
    task: { id: 'FREE-2024-05', regionCode: '350881', year: 2024 },
    objects,
    matrix: {
      strata: [
        { stratum: '烟花爆竹', selection: { kind: 'count', count: 3 }, requiredExpertise: ['烟花爆竹'] },
        { stratum: '工贸', selection: ratioBp(1500) },
      ],
    },
    team: {
      rules: {
        inspectionStart: '2024-05-06',
        inspectionEnd: '2024-05-17',
        agencies: [
          { agencyId: 'scjg', name: '市场监督管理局', minOfficers: 1 },
          { agencyId: 'xf', name: '消防救援大队', minOfficers: 1 },
        ],
        officersPerTeam: 3,
        maxChecksPerOfficer: 3,
        homeAreaConflict: true,
      },
      inspectors,
      conflicts: [{ certNo: 'M-02', uscc: objects[3]!.uscc, reason: 'former_employment' }],
    },
    entropy: [{ id: 'witness', kind: 'witness', label: '见证人', digits: 8 }],
  };
  return checked(runDraw(freezeTask(input), [{ source: 'witness', value: '20240506' }]));
}

/** A roster that cannot staff the draw: the bundle records the infeasibility. */
function infeasibleTeams(): DrawBundle {
  const objects = Array.from({ length: 12 }, (_, i) => ({
    uscc: syntheticUscc(40000 + i),
    sectorCode: '非煤矿山',
    status: 'operating' as const,
    drawsThisYear: 0,
  }));
  const input: FreezeInput = {
    task: { id: 'SHORT-2024', regionCode: '350881', year: 2024 },
    objects,
    matrix: { default: { selection: { kind: 'count', count: 4 } } },
    team: {
      rules: {
        inspectionStart: '2024-06-03',
        inspectionEnd: '2024-06-07',
        agencies: [{ agencyId: 'yjj', name: '应急管理局', minOfficers: 2 }],
        maxChecksPerOfficer: 2,
      },
      inspectors: ['K1', 'K2', 'K3'].map((certNo) => ({ certNo, agencyId: 'yjj', certificateExpiresOn: '2025-01-01' })),
    },
    entropy: [{ id: 'witness', kind: 'witness', label: '见证人', digits: 3 }],
  };
  return checked(runDraw(freezeTask(input), [{ source: 'witness', value: '042' }]));
}

/**
 * Recusals interleaved with substitutions: one that pushes its replacement to the load cap
 * before a substitution (whose team must then avoid that officer); after it, the replacement's
 * own recusal (the member recused first would otherwise come back), an expert's and an
 * officer's; and one on a substitute after the second substitution.
 */
function recusals(): DrawBundle {
  let bundle = runDraw(freezeTask(recusalTaskInput()), RECUSAL_REVEALS);
  const checks = bundle.teams?.status === 'assigned' ? bundle.teams.checks : [];
  bundle = applyRecusal(bundle, { uscc: checks[2]!.uscc, certNo: 'S-01', note: '执法人员配偶在该企业任职' }).bundle;
  bundle = applySubstitution(bundle, { uscc: checks[1]!.uscc, reason: 'closed' });
  const first = bundle.substitutions[0]!;
  // The first replacement withdraws too: S-01, recused from this check before, may not come back.
  bundle = applyRecusal(bundle, { uscc: checks[2]!.uscc, certNo: bundle.recusals![0]!.replacement.certNo }).bundle;
  bundle = applyRecusal(bundle, { uscc: first.substitute, certNo: first.team!.experts[0]!.certNo }).bundle;
  bundle = applyRecusal(bundle, { uscc: checks[0]!.uscc, certNo: checks[0]!.officers[0]!.certNo, note: '企业申请回避，局长批准' }).bundle;
  bundle = applySubstitution(bundle, { uscc: first.substitute, reason: 'other', note: '企业已迁出本市' });
  const second = bundle.substitutions[1]!;
  bundle = applyRecusal(bundle, { uscc: second.substitute, certNo: second.team!.officers[0]!.certNo }).bundle;
  return checked(bundle);
}

function checked(bundle: DrawBundle): DrawBundle {
  const result = verifyDraw(bundle);
  if (!result.ok) throw new Error(`vector does not verify: ${JSON.stringify(result.difference)}`);
  return bundle;
}

/** Tampered copies described as patches; every verifier must reject them at `expectedPath`. */
function tamperedVectors(draws: Record<string, DrawBundle>) {
  const q3 = draws['zhangping-2020-q3']!;
  const teams = q3.teams?.status === 'assigned' ? q3.teams.checks : [];
  const firstTeam = teams[0]!;
  const otherOfficer = q3.commitmentInputs.team!.roster.find(
    (r) => r.role === 'officer' && !firstTeam.officers.some((m) => m.certNo === r.certNo) && r.agencyId === firstTeam.officers[0]!.agencyId,
  )!;
  const cases = [
    {
      name: 'changed ticket',
      bundle: 'zhangping-2020-q3',
      patch: [{ path: ['objects', 1, 'drawn', 0, 'ticket'], value: '0'.repeat(64) }],
      expectedPath: 'objects[1].drawn[0].ticket',
    },
    {
      name: 'substitute promoted into the drawn list',
      bundle: 'zhangping-2020-q3',
      patch: [{ path: ['objects', 1, 'drawn', 0, 'uscc'], value: q3.objects[1]!.substitutes[2]!.uscc }],
      expectedPath: 'objects[1].drawn[0].uscc',
    },
    {
      name: 'changed pool (an exclusion removed)',
      bundle: 'sector-risk-strata',
      patch: [{ path: ['commitmentInputs', 'pool', 'excluded', 0], value: null, remove: true }],
      expectedPath: 'commitment',
    },
    { name: 'changed matrix minimum', bundle: 'free-seats', patch: [{ path: ['commitmentInputs', 'matrix', 0, 'min'], value: 3 }], expectedPath: 'commitment' },
    {
      name: 'reveal that does not match its commitment',
      bundle: 'zhangping-2020-q3',
      patch: [{ path: ['reveals', 0, 'value'], value: 'f'.repeat(64) }],
      expectedPath: 'reveals[0].value',
    },
    { name: 'changed seed', bundle: 'free-seats', patch: [{ path: ['seed'], value: '1'.repeat(64) }], expectedPath: 'seed' },
    {
      name: 'swapped team member',
      bundle: 'zhangping-2020-q3',
      patch: [{ path: ['teams', 'checks', 0, 'officers', 0, 'certNo'], value: otherOfficer.certNo }],
      expectedPath: 'teams.checks[0].officers[0].certNo',
    },
    {
      name: 'substitution skipping the next substitute',
      bundle: 'zhangping-2020-q3',
      patch: [{ path: ['substitutions', 0, 'substitute'], value: q3.objects[1]!.substitutes[3]!.uscc }],
      expectedPath: 'substitutions[0].substitute',
    },
    {
      name: 'recusal replacement swapped for another officer of the agency',
      bundle: 'recusals',
      patch: [{ path: ['recusals', 0, 'replacement', 'certNo'], value: 'S-02' }],
      expectedPath: 'recusals[0].replacement.certNo',
    },
    {
      name: 'recusal on a check that was not in force yet',
      bundle: 'recusals',
      patch: [{ path: ['recusals', 0, 'uscc'], value: draws.recusals!.substitutions[0]!.substitute }],
      expectedPath: 'recusals[0].uscc',
    },
    {
      // Replayed after the substitution, S-01's replacement is no longer S-05 (the substitute's
      // team took S-05 first), so the next recusal names someone not on the team.
      name: 'recusal moved after the substitution it preceded',
      bundle: 'recusals',
      patch: [{ path: ['recusals', 0, 'after'], value: 1 }],
      expectedPath: 'recusals[1].certNo',
    },
    { name: 'recusals out of time order', bundle: 'recusals', patch: [{ path: ['recusals', 2, 'after'], value: 0 }], expectedPath: 'recusals[2].after' },
    { name: 'recusal log that is not an array', bundle: 'recusals', patch: [{ path: ['recusals'], value: {} }], expectedPath: 'recusals' },
    {
      name: 'lottery value not in the announced form',
      bundle: 'announced-values',
      patch: [{ path: ['reveals', 2, 'value'], value: '529' }],
      expectedPath: 'reveals[2].value',
    },
    {
      name: 'beacon value not hex',
      bundle: 'announced-values',
      patch: [{ path: ['reveals', 1, 'value'], value: '3F'.repeat(32) }],
      expectedPath: 'reveals[1].value',
    },
    {
      name: 'announcement without a publication time',
      bundle: 'announced-values',
      patch: [{ path: ['commitmentInputs', 'entropy', 2, 'announcement', 'availableAfter'], value: '2026-12-06 21:30' }],
      expectedPath: 'commitmentInputs.entropy',
    },
    {
      name: 'announced lottery draw changed after the freeze',
      bundle: 'announced-values',
      patch: [{ path: ['commitmentInputs', 'entropy', 2, 'announcement', 'round'], value: '2026331' }],
      expectedPath: 'commitment',
    },
    {
      name: 'infeasible draw claimed as assigned',
      bundle: 'infeasible-teams',
      patch: [{ path: ['teams', 'status'], value: 'assigned' }],
      expectedPath: 'teams.status',
    },
  ];
  for (const c of cases) {
    const tampered = applyPatch(draws[c.bundle]!, c.patch);
    const result = verifyDraw(tampered);
    if (result.ok || result.difference.path !== c.expectedPath) {
      throw new Error(`tamper case "${c.name}" gave ${JSON.stringify(result.ok ? 'ok' : result.difference.path)}`);
    }
  }
  return { description: 'Each case patches a valid bundle from draws/; a verifier must reject it and report expectedPath first.', cases };
}

export function applyPatch<T>(value: T, patch: ReadonlyArray<{ path: ReadonlyArray<string | number>; value: unknown; remove?: boolean }>): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  for (const p of patch) {
    let target: Record<string | number, unknown> = copy as Record<string | number, unknown>;
    for (const key of p.path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = p.path[p.path.length - 1]!;
    if (p.remove && Array.isArray(target)) target.splice(Number(last), 1);
    else target[last] = p.value;
  }
  return copy;
}
