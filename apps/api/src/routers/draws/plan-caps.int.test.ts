import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind, workflowRows } from '@liancha/db/testing';
import { verifyDraw, type CommitmentInputs } from '@liancha/domain';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { frozenDraw, readyJointTask, revealAll, sectorMatrix, THREE_OFFICER_TEAMS } from '../../testing/joint-task-fixture.js';
import { refusal } from '../../testing/refusal.js';

/**
 * The published plan's caps are the rule the draw keeps: a matrix may be stricter, never
 * looser (refused on save and again at freeze), and the pool leaves out every enterprise at
 * the cap in force before the draw.
 */
const YEAR = 2021;
const QUARTERS = [
  { seq: 1, name: '第一季度', startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-03-31` },
  { seq: 2, name: '第二季度', startsOn: `${YEAR}-04-01`, endsOn: `${YEAR}-06-30` },
  { seq: 3, name: '第三季度', startsOn: `${YEAR}-07-01`, endsOn: `${YEAR}-09-30` },
  { seq: 4, name: '第四季度', startsOn: `${YEAR}-10-01`, endsOn: `${YEAR}-12-31` },
];
const POOL = { supervision: 'any' as const, sectorCodes: ['fireworks'] };

describe(`the plan's frequency caps at the draw on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  let planId = '';
  let batchIds: string[] = [];
  let itemIds: string[] = [];
  /** Fireworks enterprises already drawn once this year (first quarter). */
  let drawnOnce: string[] = [];

  /** A ready joint task of yjj over fireworks from `start` to `end` (month-day) of the year, serving batch `batch` of the plan. */
  const fireworksTask = (start: string, end: string, batch: number) =>
    readyJointTask(handle.db, world, {
      start: `${YEAR}-${start}`,
      end: `${YEAR}-${end}`,
      ratioBp: 1000,
      planBatchId: batchIds[batch]!,
      sectorCodes: ['fireworks'],
    });

  const frozenPool = async (drawId: string) =>
    (
      JSON.parse(
        (await handle.db.selectFrom('draw').select('commitmentInputs').where('id', '=', drawId).executeTakeFirstOrThrow()).commitmentInputs!,
      ) as CommitmentInputs
    ).pool;

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    const coord = await world.as('yjj.coord');
    itemIds = (await coord.registry.items.list({ pageSize: 50 })).rows.map((i) => i.id);
    // The published plan allows two random checks a year per enterprise.
    ({ id: planId } = await coord.plans.create({
      year: YEAR,
      title: `${YEAR}年度双随机抽查工作计划`,
      ratioFloorBp: 1000,
      frequencyCaps: { A: 2, B: 2, C: 2, D: 2 },
      itemIds,
      batches: QUARTERS,
    }));
    await coord.plans.submit({ id: planId });
    await (await world.as('yjj.leader')).plans.approve({ id: planId });
    await coord.plans.publish({ id: planId });
    batchIds = (await coord.plans.get({ id: planId })).batches.map((b) => b.id);

    // Five fireworks enterprises were drawn in the first quarter's task.
    const fx = workflowRows(handle.db, '350881');
    const objects = await handle.db
      .selectFrom('object')
      .select(['id', 'uscc'])
      .where('regionCode', '=', '350881')
      .where('sectorCode', '=', 'fireworks')
      .where('supervisionCategory', '=', 'general')
      .where('status', '=', 'operating')
      .orderBy('uscc')
      .limit(5)
      .execute();
    const period = { inspectionStartsOn: `${YEAR}-03-01`, inspectionEndsOn: `${YEAR}-03-20` };
    const task = await fx.task({ lead: world.agencyId('yjj'), planBatchId: batchIds[0]!, status: 'in_progress', ...period });
    const drawId = await fx.draw(task.id, { drawnAt: new Date(`${YEAR}-02-20T02:00:00Z`), drawn: objects.map((o) => ({ objectId: o.id, uscc: o.uscc })) });
    for (const o of objects) await fx.check({ taskId: task.id, drawId, objectId: o.id, status: 'planned' });
    drawnOnce = objects.map((o) => o.uscc);
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('refuses on save a matrix whose caps are looser than the published plan, naming the class and both numbers', async () => {
    const { taskId, yjj } = await fireworksTask('05-06', '05-28', 1);
    const perClass = await refusal(
      yjj.tasks.configure({ taskId, poolFilter: POOL, matrix: sectorMatrix(1000, { default: 1, byRiskClass: { C: 3 } }), teamRules: THREE_OFFICER_TEAMS }),
    );
    expect(perClass.code).toBe('BAD_REQUEST');
    expect(perClass.message).toContain(`宽于已公布的${YEAR}年度抽查工作计划（第1版）`);
    expect(perClass.message).toContain('C级企业计划每年最多抽查2次，矩阵为3次');
    const uncapped = await refusal(
      yjj.tasks.configure({ taskId, poolFilter: POOL, matrix: sectorMatrix(1000, { default: null, byRiskClass: {} }), teamRules: THREE_OFFICER_TEAMS }),
    );
    expect(uncapped.message).toContain('A级企业计划每年最多抽查2次，矩阵为不限次数');
    // Equal to the plan, or stricter, is the coordinator's to choose.
    expect(
      await yjj.tasks.configure({ taskId, poolFilter: POOL, matrix: sectorMatrix(1000, { default: 2, byRiskClass: {} }), teamRules: THREE_OFFICER_TEAMS }),
    ).toMatchObject({ ok: true });
    expect(
      await yjj.tasks.configure({ taskId, poolFilter: POOL, matrix: sectorMatrix(1000, { default: 1, byRiskClass: {} }), teamRules: THREE_OFFICER_TEAMS }),
    ).toMatchObject({ ok: true });
  }, 180_000);

  it('draws with a stricter matrix, leaving out before the draw every enterprise at its cap', async () => {
    const { taskId, yjj } = await fireworksTask('06-01', '06-20', 1);
    const draw = await frozenDraw(world, taskId, { deadline: new Date(Date.now() + 3_600_000) });
    const { drawId } = draw;
    const pool = await frozenPool(drawId);
    for (const uscc of drawnOnce) expect(pool.excluded.find((e) => e.uscc === uscc)?.reasons, uscc).toContain('frequency_cap');
    await revealAll(world, draw);
    const bundle = await yjj.draws.bundle({ drawId });
    expect(verifyDraw(bundle)).toMatchObject({ ok: true });
    const drawn = (await yjj.draws.get({ drawId })).results.filter((r) => r.outcome === 'drawn').map((r) => r.uscc);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((u) => drawnOnce.includes(u))).toEqual([]);
  }, 180_000);

  it('refuses at freeze a matrix the plan has since been adjusted below, and the pool keeps the plan’s cap meanwhile', async () => {
    const { taskId, yjj } = await fireworksTask('08-02', '08-20', 2);
    await yjj.tasks.configure({ taskId, poolFilter: POOL, matrix: sectorMatrix(1000, { default: 2, byRiskClass: {} }), teamRules: THREE_OFFICER_TEAMS });
    expect((await yjj.tasks.preview({ taskId })).exclusions['本年度抽查次数已达上限'] ?? 0).toBe(0);

    // The plan is adjusted: once a year again.
    const leader = await world.as('yjj.leader');
    const { id: adjusted } = await yjj.plans.adjust({ id: planId, reason: '恢复每年一次的频次上限' });
    await yjj.plans.update({
      id: adjusted,
      title: `${YEAR}年度双随机抽查工作计划（调整）`,
      ratioFloorBp: 1000,
      frequencyCaps: { A: 1, B: 1, C: 1, D: 1 },
      itemIds,
      batches: QUARTERS,
    });
    await yjj.plans.submit({ id: adjusted });
    await leader.plans.approve({ id: adjusted });
    await yjj.plans.publish({ id: adjusted });

    // The stored matrix is now looser than the plan in force: the pool applies the plan's cap anyway …
    const preview = await yjj.tasks.preview({ taskId });
    expect(preview.exclusions['本年度抽查次数已达上限']).toBeGreaterThanOrEqual(drawnOnce.length);
    // … and the freeze refuses it, naming the class and both numbers.
    const { drawId } = await yjj.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
    for (const code of ['yjj', 'scj', 'xf'] as const) await (await world.as(`${code}.coord`)).draws.commit({ drawId, commitment: 'ab'.repeat(32) });
    const refused = await refusal(yjj.draws.freeze({ drawId }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain(`宽于已公布的${YEAR}年度抽查工作计划（第2版）`);
    expect(refused.message).toContain('A级企业计划每年最多抽查1次，矩阵为2次');
    expect((await yjj.draws.get({ drawId })).status).toBe('open');
  }, 180_000);
});
