import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { commitSecret, createEntropySecret, verifyDraw } from '@liancha/domain';
import { loadDemoWorld } from './testing/demo-world.js';
import { publishAgencyItems, usableInspectors } from './testing/joint-task-fixture.js';

/**
 * The seed's whole year (漳平市应急管理局, 2020) through the API: the annual plan with four
 * quarterly batches, a joint task per quarter with 市场监督管理局 and 消防救援大队, each drawn
 * in a ceremony, results recorded by every agency; over the year ≥10% of the general units of
 * each sector are drawn and no enterprise twice.
 */
describe(`the 2020 year of 漳平 on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  const quarters = [
    { seq: 1, name: '第一季度', startsOn: '2020-01-01', endsOn: '2020-03-31', inspect: ['2020-03-02', '2020-03-27'] },
    { seq: 2, name: '第二季度', startsOn: '2020-04-01', endsOn: '2020-06-30', inspect: ['2020-06-01', '2020-06-24'] },
    { seq: 3, name: '第三季度', startsOn: '2020-07-01', endsOn: '2020-09-30', inspect: ['2020-09-01', '2020-09-25'] },
    { seq: 4, name: '第四季度', startsOn: '2020-10-01', endsOn: '2020-12-31', inspect: ['2020-11-02', '2020-11-27'] },
  ];
  const taskIds: string[] = [];

  beforeAll(async () => {
    handle = await createTestDb();
    world = await loadDemoWorld(handle.db);
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('publishes the 应急管理局 2020 plan with four quarterly batches', async () => {
    const coord = await world.as('yjj.coord');
    const items = await publishAgencyItems(handle.db, coord, world.agencyId('yjj'));
    const { id } = await coord.plans.create({
      year: 2020,
      title: '漳平市应急管理局2020年度“双随机”抽查工作计划',
      ratioFloorBp: 1000,
      frequencyCaps: { A: 1, B: 1, C: 1, D: 1 },
      itemIds: items,
      batches: quarters.map(({ inspect: _i, ...q }) => q),
    });
    await coord.plans.submit({ id });
    await (await world.as('yjj.leader')).plans.approve({ id });
    await coord.plans.publish({ id });
    expect((await coord.plans.get({ id })).batches).toHaveLength(4);
  });

  it('draws one joint task per quarter with both partners, quotas that meet the yearly floor', async () => {
    const yjj = await world.as('yjj.coord');
    const plan = (await yjj.plans.list({ year: 2020, agencyId: world.agencyId('yjj') }))[0]!;
    const batches = (await yjj.plans.get({ id: plan.id })).batches;
    for (const code of ['scj', 'xf'] as const) await publishAgencyItems(handle.db, await world.as(`${code}.coord`), world.agencyId(code));

    for (const quarter of quarters) {
      const { id: taskId } = await yjj.tasks.create({
        title: `2020年${quarter.name}安全生产联合“双随机”抽查`,
        planBatchId: batches.find((b) => b.seq === quarter.seq)!.id,
        inspectionStartsOn: quarter.inspect[0]!,
        inspectionEndsOn: quarter.inspect[1]!,
        partnerAgencyIds: [world.agencyId('scj'), world.agencyId('xf')],
      });
      taskIds.push(taskId);
      for (const code of ['scj', 'xf'] as const) await (await world.as(`${code}.coord`)).tasks.respond({ taskId, accept: true });
      for (const code of ['yjj', 'scj', 'xf'] as const) {
        const api = await world.as(`${code}.coord`);
        const items = (await api.registry.items.list({ filter: { agencyId: world.agencyId(code), published: true }, pageSize: 10 })).rows.map((i) => i.id);
        await api.tasks.setItems({ taskId, itemIds: items.slice(0, 2) });
        await api.tasks.setInspectors({ taskId, inspectorIds: await usableInspectors(api, world.agencyId(code), quarter.inspect[1]!) });
      }
      const base = { stratifyBy: ['sectorCode' as const], frequencyCap: { default: 1, byRiskClass: {} }, excludeKeyCheckList: true, default: null };
      const teamRules = { officersPerTeam: 3, expertsPerTeam: 0, minOfficers: {}, maxChecksPerOfficer: 12, homeAreaConflict: true, recentRepeatYears: 0 };
      await yjj.tasks.configure({ taskId, poolFilter: { supervision: 'any' }, matrix: { ...base, rules: [] }, teamRules });
      const { quotas } = await yjj.tasks.batchQuotas({ taskId });
      await yjj.tasks.configure({
        taskId,
        poolFilter: { supervision: 'any' },
        matrix: { ...base, rules: quotas.map((q) => ({ stratum: q.stratum, count: q.quota, min: 0, max: null, requiredExpertise: [] })) },
        teamRules,
      });
      expect((await yjj.tasks.preview({ taskId })).feasibility?.feasible).toBe(true);

      const { drawId } = await yjj.draws.open({ taskId, witnessDigits: 6, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
      const secrets: Record<string, string> = {};
      for (const code of ['yjj', 'scj', 'xf'] as const) {
        secrets[code] = createEntropySecret();
        await (await world.as(`${code}.coord`)).draws.commit({ drawId, commitment: commitSecret(secrets[code]!) });
      }
      await yjj.draws.freeze({ drawId });
      for (const code of ['yjj', 'scj', 'xf'] as const) await (await world.as(`${code}.coord`)).draws.reveal({ drawId, secret: secrets[code]! });
      expect(await yjj.draws.enterPublicValue({ drawId, sourceId: 'witness', value: String(100000 + quarter.seq * 1234) })).toMatchObject({ drawn: true });
      expect(verifyDraw(await yjj.draws.bundle({ drawId }))).toMatchObject({ ok: true });
    }
  });

  it('over the year drew ≥10% of the general units of every sector, and no enterprise twice', async () => {
    const perSector = await sql<{ sector: string; units: number; drawn: number }>`
      select o.sector_code as sector,
             count(distinct o.id) filter (where o.supervision_category = 'general' and o.status = 'operating')::int as units,
             count(distinct c.object_id)::int as drawn
      from object o
      left join "check" c on c.object_id = o.id and c.status <> 'cancelled' and c.replaced_by_substitution is null
      where o.region_code = '350881'
      group by o.sector_code`.execute(handle.db);
    expect(perSector.rows.map((r) => r.sector).sort()).toEqual(['fireworks', 'hazardous_chemicals', 'industry_trade', 'non_coal_mine']);
    for (const row of perSector.rows) expect(row.drawn, row.sector).toBeGreaterThanOrEqual(Math.ceil(row.units / 10));
    const twice = await sql`select object_id from "check" where status <> 'cancelled' and replaced_by_substitution is null group by object_id having count(*) > 1`.execute(handle.db);
    expect(twice.rows).toEqual([]);
  });

  it('gave every check a team with all three agencies and no conflicted inspector', async () => {
    const checks = await handle.db.selectFrom('check').select(['id', 'objectId']).where('taskId', 'in', taskIds).where('status', '<>', 'cancelled').execute();
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      const team = await handle.db.selectFrom('teamMember').select(['inspectorId', 'agencyId']).where('checkId', '=', check.id).execute();
      expect(new Set(team.map((m) => m.agencyId))).toEqual(new Set(['yjj', 'scj', 'xf'].map((c) => world.agencyId(c))));
      const conflicts = await handle.db
        .selectFrom('conflict')
        .select('id')
        .where('objectId', '=', check.objectId)
        .where('inspectorId', 'in', team.map((m) => m.inspectorId))
        .where('archivedAt', 'is', null)
        .execute();
      expect(conflicts, `check ${check.id}`).toEqual([]);
      const home = await sql<{ n: number }>`
        select count(*)::int as n from team_member m join inspector i on i.id = m.inspector_id join object o on o.id = ${check.objectId}
        where m.check_id = ${check.id} and i.home_township_code = o.township_code`.execute(handle.db);
      expect(home.rows[0]!.n).toBe(0);
    }
  });
});
