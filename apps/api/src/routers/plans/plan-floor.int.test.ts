import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, sql, testDbKind, workflowRows } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { readyJointTask, sectorMatrix, THREE_OFFICER_TEAMS } from '../../testing/joint-task-fixture.js';
import { refusal } from '../../testing/refusal.js';

/**
 * The ratio floor (≥10 % of general units a year) is decided where it is decided: a plan whose
 * batches cannot reach it is not approved, configuring the year's last batch answers how far
 * the year reaches it per sector, and the leadership group's coverage agrees with that check.
 */
const quarters = (year: number, extra: Record<string, unknown> = {}) =>
  [
    { seq: 1, name: '第一季度', startsOn: `${year}-01-01`, endsOn: `${year}-03-31` },
    { seq: 2, name: '第二季度', startsOn: `${year}-04-01`, endsOn: `${year}-06-30` },
    { seq: 3, name: '第三季度', startsOn: `${year}-07-01`, endsOn: `${year}-09-30` },
    { seq: 4, name: '第四季度', startsOn: `${year}-10-01`, endsOn: `${year}-12-31` },
  ].map((q) => ({ ...q, ...extra }));

describe(`the ratio floor of the annual plan on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  let itemIds: string[] = [];
  /** General, operating units 应急管理局 supervises, per sector, counted here independently. */
  let units = new Map<string, number>();

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    itemIds = (await (await world.as('yjj.coord')).registry.items.list({ pageSize: 50 })).rows.map((i) => i.id);
    const counted = await sql<{ sector: string; n: number }>`
      select o.sector_code as sector, count(*)::int as n from object o
      join object_supervision s on s.object_id = o.id and s.agency_id = ${world.agencyId('yjj')}
      where o.region_code = '350881' and o.supervision_category = 'general' and o.status = 'operating' and o.archived_at is null
      group by o.sector_code`.execute(handle.db);
    units = new Map(counted.rows.map((r) => [r.sector, r.n]));
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
  });

  async function submitted(year: number, batches: ReturnType<typeof quarters>) {
    const coord = await world.as('yjj.coord');
    const { id } = await coord.plans.create({ year, title: `${year}年度双随机抽查工作计划`, ratioFloorBp: 1000, itemIds, batches });
    await coord.plans.submit({ id });
    return id;
  }

  it('refuses at approval a plan whose batch ratios add up short of the floor, naming each sector short of it', async () => {
    const id = await submitted(2022, quarters(2022, { ratioBp: 200 }));
    const refused = await refusal((await world.as('yjj.leader')).plans.approve({ id }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain('计划的抽查批次达不到一般检查对象年度最低抽查比例（10%）');
    const floor = (await (await world.as('yjj.coord')).plans.get({ id })).floor!;
    expect(floor.reachable).toBe(false);
    const short = floor.sectors.filter((s) => s.shortfall > 0);
    expect(short.map((s) => s.sectorCode)).toContain('industry_trade');
    for (const s of floor.sectors) {
      const n = units.get(s.sectorCode) ?? 0;
      expect([s.generalUnits, s.required, s.planned], s.sectorCode).toEqual([n, Math.ceil(n / 10), 4 * Math.ceil((n * 2) / 100)]);
    }
    for (const s of short)
      expect(refused.message).toContain(`${s.sectorName}：全年须抽查不少于${s.required}户，已抽0户，各批次计划再抽${s.planned}户，还差${s.shortfall}户`);
    expect((await (await world.as('yjj.coord')).plans.get({ id })).status).toBe('submitted');
  });

  it('refuses at approval a plan whose batches leave a sector uncovered', async () => {
    const id = await submitted(2023, quarters(2023, { scope: { sectorCodes: ['non_coal_mine', 'hazardous_chemicals', 'fireworks'] } }));
    const refused = await refusal((await world.as('yjj.leader')).plans.approve({ id }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain(`工贸：全年须抽查不少于${Math.ceil(units.get('industry_trade')! / 10)}户，已抽0户，没有待抽取的批次覆盖该行业领域`);
    expect(refused.message).not.toContain('烟花爆竹');
    const unknown = await refusal(
      (await world.as('yjj.coord')).plans.create({
        year: 2030,
        title: '未知行业',
        ratioFloorBp: 1000,
        itemIds,
        batches: quarters(2030, { scope: { sectorCodes: ['mining'] } }),
      }),
    );
    expect(unknown.message).toContain('“第一季度”的行业领域“mining”不存在');
  });

  it('approves batches without quotas (their tasks set them) and ratios that add up to the floor; shows the reach to the agency and the leadership group only', async () => {
    const open = await submitted(2024, quarters(2024));
    expect(await (await world.as('yjj.leader')).plans.approve({ id: open })).toEqual({ status: 'approved' });
    const ratios = await submitted(2025, quarters(2025, { ratioBp: 250 }));
    expect(await (await world.as('yjj.leader')).plans.approve({ id: ratios })).toEqual({ status: 'approved' });
    await (await world.as('yjj.coord')).plans.publish({ id: open });

    const floor = (await (await world.as('yjj.coord')).plans.get({ id: open })).floor!;
    expect(floor.reachable).toBe(true);
    expect(floor.sectors.every((s) => s.open && s.batches === 4)).toBe(true);
    expect((await (await world.as('ldxz.zhang')).plans.get({ id: open })).floor?.reachable).toBe(true);
    expect((await (await world.as('scj.coord')).plans.get({ id: open })).floor).toBeNull();
  });

  it('answers, when the year’s last batch is configured, how far the year reaches the floor per sector; the dashboard agrees', async () => {
    const coord = await world.as('yjj.coord');
    const plan = (await coord.plans.list({ year: 2024 })).find((p) => p.status === 'published')!;
    const batches = (await coord.plans.get({ id: plan.id })).batches;
    // The first three quarters drew three units of each sector.
    const fx = workflowRows(handle.db, '350881');
    const general = await handle.db
      .selectFrom('object')
      .select(['id', 'uscc', 'sectorCode'])
      .where('regionCode', '=', '350881')
      .where('supervisionCategory', '=', 'general')
      .where('status', '=', 'operating')
      .orderBy('sectorCode')
      .orderBy('uscc')
      .execute();
    const bySector = new Map<string, typeof general>();
    for (const o of general) bySector.set(o.sectorCode, [...(bySector.get(o.sectorCode) ?? []), o]);
    for (const [q, batch] of batches.slice(0, 3).entries()) {
      const chosen = [...bySector.values()].flatMap((list) => list.slice(q * 3, q * 3 + 3));
      const task = await fx.task({ lead: world.agencyId('yjj'), planBatchId: batch.id, status: 'in_progress' });
      const drawId = await fx.draw(task.id, {
        drawnAt: new Date(`2024-0${q * 3 + 2}-10T02:00:00Z`),
        drawn: chosen.map((o) => ({ objectId: o.id, uscc: o.uscc, stratum: o.sectorCode })),
      });
      for (const o of chosen) await fx.check({ taskId: task.id, drawId, objectId: o.id, status: 'planned' });
    }

    const { taskId, yjj } = await readyJointTask(handle.db, world, { start: '2024-11-04', end: '2024-11-29', ratioBp: 1000, planBatchId: batches[3]!.id });
    const half = (await yjj.tasks.configure({ taskId, poolFilter: { supervision: 'any' }, matrix: sectorMatrix(500), teamRules: THREE_OFFICER_TEAMS })).floor!;
    expect(half).toMatchObject({
      lastBatch: true,
      batch: { seq: 4, name: '第四季度' },
      plan: { id: plan.id, year: 2024, version: 1 },
      note: null,
      reachable: false,
    });
    const preview = await yjj.tasks.preview({ taskId });
    for (const s of half.sectors) {
      const n = units.get(s.sectorCode) ?? 0;
      const planned = preview.strata.find((x) => x.stratum === s.sectorCode)?.sampleSize ?? 0;
      expect([s.generalUnits, s.required, s.drawn, s.planned, s.reach, s.shortfall], s.sectorCode).toEqual([
        n,
        Math.ceil(n / 10),
        9,
        planned,
        Math.min(n, 9 + planned),
        Math.max(0, Math.ceil(n / 10) - Math.min(n, 9 + planned)),
      ]);
    }
    expect(half.sectors.find((s) => s.sectorCode === 'industry_trade')!.shortfall).toBeGreaterThan(0);

    const full = (await yjj.tasks.configure({ taskId, poolFilter: { supervision: 'any' }, matrix: sectorMatrix(1000), teamRules: THREE_OFFICER_TEAMS })).floor!;
    expect(full.reachable).toBe(true);
    expect((await yjj.tasks.batchQuotas({ taskId })).floor).toEqual(full);

    // The leadership group's coverage counts the same units and requires the same numbers.
    const coverage = await (await world.as('ldxz.zhang')).oversight.coverage({ year: 2024, agencyId: world.agencyId('yjj') });
    expect(coverage.rows.map((r) => [r.sectorCode, r.generalUnits, r.required, r.drawn])).toEqual(
      full.sectors.map((s) => [s.sectorCode, s.generalUnits, s.required, s.drawn]),
    );
  }, 240_000);
});
