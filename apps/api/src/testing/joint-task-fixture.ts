import { commitSecret, createEntropySecret } from '@liancha/domain';
import type { Executor } from '@liancha/db';
import { publishAgencyItems, usableInspectors } from '../demo/seed-year.js';
import type { loadDemoWorld } from './demo-world.js';

type World = Awaited<ReturnType<typeof loadDemoWorld>>;

/**
 * Draw `take` of each sector (basis points, or a count), the key check list left out; an
 * enterprise at most once a year unless `frequencyCap` says otherwise.
 */
export const sectorMatrix = (
  take: number | { count: number },
  frequencyCap: { default: number | null; byRiskClass: Record<string, number | null> } = { default: 1, byRiskClass: {} },
) => ({
  stratifyBy: ['sectorCode' as const],
  rules: [],
  default: { ...(typeof take === 'number' ? { ratioBp: take } : take), min: 0, max: null, requiredExpertise: [] },
  frequencyCap,
  excludeKeyCheckList: true,
});

/** Teams of three officers, no expert, at most 12 checks an officer, no conflict rules. */
export const THREE_OFFICER_TEAMS = {
  officersPerTeam: 3,
  expertsPerTeam: 0,
  minOfficers: {},
  maxChecksPerOfficer: 12,
  homeAreaConflict: false,
  recentRepeatYears: 0,
};

/**
 * A joint task of 应急局 with 市场监管局 and 消防大队, everyone confirmed, items and pools named,
 * matrix and team rules set: ready for the ceremony.
 */
export async function readyJointTask(
  db: Executor,
  world: World,
  options: { start: string; end: string; ratioBp: number; planBatchId?: string | null; title?: string; sectorCodes?: string[]; tags?: string[] },
) {
  const yjj = await world.as('yjj.coord');
  const partners = { scj: await world.as('scj.coord'), xf: await world.as('xf.coord') };
  const { id: taskId } = await yjj.tasks.create({
    title: options.title ?? '安全生产联合双随机抽查',
    planBatchId: options.planBatchId ?? null,
    // Tasks of past years are entered after the fact (补录).
    backfillReason: options.start < new Date().toISOString().slice(0, 10) ? '历史检查补录' : null,
    // Tests draw several tasks of one batch on purpose.
    confirmSameBatch: true,
    inspectionStartsOn: options.start,
    inspectionEndsOn: options.end,
    partnerAgencyIds: [world.agencyId('scj'), world.agencyId('xf')],
  });
  for (const api of Object.values(partners)) await api.tasks.respond({ taskId, accept: true });
  for (const [code, api] of [
    ['yjj', yjj],
    ['scj', partners.scj],
    ['xf', partners.xf],
  ] as const) {
    // Every item of the agency's list: each check asks only for those that apply to its enterprise.
    const items = await publishAgencyItems(api, world.agencyId(code));
    await api.tasks.setItems({ taskId, itemIds: items });
    await api.tasks.setInspectors({ taskId, inspectorIds: await usableInspectors(api, world.agencyId(code), options.end) });
  }
  await yjj.tasks.configure({
    taskId,
    poolFilter: { supervision: 'any', ...(options.sectorCodes ? { sectorCodes: options.sectorCodes } : {}), ...(options.tags ? { tags: options.tags } : {}) },
    matrix: sectorMatrix(options.ratioBp),
    teamRules: THREE_OFFICER_TEAMS,
  });
  return { taskId, yjj, partners };
}

/** Open, commit all three agencies, freeze: returns the secrets to reveal. */
export async function frozenDraw(world: World, taskId: string, options: { deadline: Date; witnessDigits?: number }) {
  const yjj = await world.as('yjj.coord');
  const { drawId } = await yjj.draws.open({ taskId, witnessDigits: options.witnessDigits ?? 0, external: null, revealDeadline: options.deadline });
  const secrets: Record<string, string> = {};
  for (const code of ['yjj', 'scj', 'xf'] as const) {
    secrets[code] = createEntropySecret();
    await (await world.as(`${code}.coord`)).draws.commit({ drawId, commitment: commitSecret(secrets[code]!) });
  }
  const { commitment } = await yjj.draws.freeze({ drawId });
  return { drawId, commitment, secrets: secrets as Record<'yjj' | 'scj' | 'xf', string> };
}

/** Reveal every agency's secret of a frozen draw: the draw completes and the checks exist. */
export async function revealAll(world: World, draw: { drawId: string; secrets: Record<'yjj' | 'scj' | 'xf', string> }) {
  for (const c of ['yjj', 'scj', 'xf'] as const) await (await world.as(`${c}.coord`)).draws.reveal({ drawId: draw.drawId, secret: draw.secrets[c] });
}

/**
 * A joint task of April 2020 (every object drawn), its draw frozen an hour before the deadline
 * and revealed: returns the task and its checks as 应急局 lists them.
 */
export async function drawnJointTask(db: Executor, world: World) {
  const { taskId } = await readyJointTask(db, world, { start: '2020-04-01', end: '2020-04-30', ratioBp: 100 });
  await revealAll(world, await frozenDraw(world, taskId, { deadline: new Date(Date.now() + 3_600_000) }));
  const checks = await jointChecks(world, taskId);
  return { taskId, checks };
}

/**
 * The checks of a drawn task at which all three agencies have items that apply (at a mine only
 * 应急局's do), in the list's order: the checks a test of every agency's results can use.
 */
export async function jointChecks(world: World, taskId: string) {
  const yjj = await world.as('yjj.coord');
  const agencies = (['yjj', 'scj', 'xf'] as const).map((code) => world.agencyId(code));
  const all = (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows;
  const asked = await Promise.all(all.map(async (check) => new Set((await yjj.checks.get({ checkId: check.id })).items.map((i) => i.agencyId))));
  return all.filter((_, i) => agencies.every((agency) => asked[i]!.has(agency)));
}
