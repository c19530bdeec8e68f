// A small joint task whose load caps bind, so every branch of a recusal's replacement rule
// occurs: two agencies with one seat each plus a free seat (two officers of one agency can
// share a team), one expert per team, a load cap of three, an officer without the required
// expertise, home townships and one conflict pair. Used by draw/recusal.test.ts and the
// recusal test vector.
import { commitSecret } from '../draw/entropy.js';
import type { FreezeInput } from '../draw/commitment.js';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import type { InspectorRow } from '../team/roster-snapshot.js';

const RECUSAL_SECRET = 'c0ffee'.repeat(6) + '-recusal-2024';
export const RECUSAL_REVEALS = [
  { source: 'agency:yjj', value: RECUSAL_SECRET },
  { source: 'witness', value: '271828' },
];

export function recusalTaskInput(): FreezeInput {
  const objects = Array.from({ length: 24 }, (_, i) => ({
    uscc: syntheticUscc(50000 + i),
    sectorCode: '工贸',
    townshipCode: `T${i % 3}`,
    status: 'operating' as const,
    drawsThisYear: 0,
  }));
  const person = (certNo: string, agencyId: string, township: string | null, expertise = ['工贸']): InspectorRow => ({
    certNo,
    agencyId,
    certificateExpiresOn: '2026-12-31',
    expertise,
    homeTownshipCode: township,
  });
  const inspectors: InspectorRow[] = [
    ...['T0', null, 'T1', null, 'T2'].map((t, i) => person(`Y-0${i + 1}`, 'yjj', t)),
    person('Y-06', 'yjj', null, ['非煤矿山']),
    ...[null, 'T0', null, 'T1', null].map((t, i) => person(`S-0${i + 1}`, 'scjg', t)),
    ...['T2', null, null, 'T0'].map((t, i) => ({ ...person(`E-0${i + 1}`, 'yjj', t), role: 'expert' as const, certificateExpiresOn: null })),
  ];
  return {
    task: { id: 'RECUSAL-2024-09', regionCode: '350881', year: 2024, title: '回避记录测试任务' },
    objects,
    matrix: { strata: [{ stratum: '工贸', selection: { kind: 'count', count: 6 }, substitutes: 4, requiredExpertise: ['工贸'] }] },
    team: {
      rules: {
        inspectionStart: '2024-09-02',
        inspectionEnd: '2024-09-27',
        agencies: [
          { agencyId: 'yjj', name: '应急管理局', minOfficers: 1 },
          { agencyId: 'scjg', name: '市场监督管理局', minOfficers: 1 },
        ],
        officersPerTeam: 3,
        expertsPerTeam: 1,
        maxChecksPerOfficer: 3,
        maxChecksPerExpert: 3,
        homeAreaConflict: true,
      },
      inspectors,
      conflicts: [{ certNo: 'Y-02', uscc: objects[4]!.uscc, reason: 'enterprise_requested' }],
    },
    entropy: [
      { id: 'agency:yjj', kind: 'agency', label: '应急管理局', agencyId: 'yjj', commitment: commitSecret(RECUSAL_SECRET) },
      { id: 'witness', kind: 'witness', label: '见证人', digits: 6 },
    ],
  };
}
