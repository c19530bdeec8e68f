import { describe, expect, it } from 'vitest';
import { sql, testDbKind } from '@liancha/db/testing';
import { addWorkingDays, CN_OFFICIAL_CALENDAR, createEntropySecret, verifyDraw } from '@liancha/domain';
import { prepareSeedTask, publishSeedPlan, publishSeedTask, recordSeedChecks, runSeedCeremony, SEED_QUARTERS, superviseSeedHazard } from './demo/seed-year.js';
import { loadDemoWorld } from './testing/demo-world.js';
import { openDemoDb } from './testing/demo-db.js';

/**
 * The seed's whole year (漳平市应急管理局, 2020) through the API: the annual plan with four
 * quarterly batches, a joint task per quarter with 市场监督管理局 and 消防救援大队, each drawn
 * in a ceremony, results recorded by every agency; over the year ≥10% of the general units of
 * each sector are drawn and no enterprise twice.
 */
// Each step plays a quarter (or the year) through the API: on a loaded 2-core CI machine with the
// embedded database that takes far longer than the default 30 s.
const SLOW = 240_000;

describe(`the 2020 year of 漳平 on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let planId = '';
  const taskIds: string[] = [];

  it(
    'registers 回避 in force in 2020 that the teams must respect',
    async () => {
      // The demo's own conflicts date from 2025–2026; these make the 2020 rule bite.
      const inspectors = await demo.handle.db.selectFrom('inspector').select('id').where('regionCode', '=', '350881').orderBy('certificateNo').execute();
      const objects = await demo.handle.db.selectFrom('object').select('id').where('regionCode', '=', '350881').orderBy('uscc').execute();
      const rows = inspectors.flatMap((inspector, i) =>
        [0, 1, 2, 3, 4, 5].map((k) => ({
          regionCode: '350881',
          inspectorId: inspector.id,
          objectId: objects[(i * 37 + k * 11) % objects.length]!.id,
          reasonCode: 'declared' as const,
          validFrom: '2019-12-01',
          validUntil: '2021-12-31',
          createdBy: null,
        })),
      );
      await demo.handle.db
        .insertInto('conflict')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute();
      expect(rows.length).toBeGreaterThan(100);
    },
    SLOW,
  );

  it(
    'publishes the 应急管理局 2020 plan with four quarterly batches',
    async () => {
      planId = await publishSeedPlan(demo.world);
      const plan = await (await demo.world.as('yjj.coord')).plans.get({ id: planId });
      expect(plan.status).toBe('published');
      expect(plan.batches).toHaveLength(4);
    },
    SLOW,
  );

  it(
    'draws one joint task per quarter with both partners, quotas that meet the yearly floor',
    async () => {
      for (const quarter of SEED_QUARTERS) {
        const taskId = await prepareSeedTask(demo.world, planId, quarter);
        taskIds.push(taskId);
        const yjj = await demo.world.as('yjj.coord');
        expect((await yjj.tasks.preview({ taskId })).feasibility?.feasible).toBe(true);
        // Configuring the last batch shows how far the year reaches the plan's floor: it does.
        const { floor } = await yjj.tasks.batchQuotas({ taskId });
        expect(floor).toMatchObject({ lastBatch: quarter.seq === 4, note: null, reachable: true });
        if (quarter.seq === 4) for (const s of floor!.sectors) expect(s.drawn + s.planned, s.sectorCode).toBeGreaterThanOrEqual(s.required);
        const secrets = { yjj: createEntropySecret(), scj: createEntropySecret(), xf: createEntropySecret() };
        const drawId = await runSeedCeremony(demo.world, taskId, quarter, (agency) => secrets[agency]);
        expect(await yjj.draws.get({ drawId })).toMatchObject({ status: 'drawn' });
        expect(verifyDraw(await yjj.draws.bundle({ drawId }))).toMatchObject({ ok: true });
      }
    },
    SLOW,
  );

  it(
    'over the year drew ≥10% of the general units of every sector, and no enterprise twice',
    async () => {
      const perSector = await sql<{ sector: string; units: number; drawn: number }>`
      select o.sector_code as sector,
             count(distinct o.id) filter (where o.supervision_category = 'general' and o.status = 'operating')::int as units,
             count(distinct c.object_id)::int as drawn
      from object o
      left join "check" c on c.object_id = o.id and c.status <> 'cancelled' and c.replaced_by_substitution is null
      where o.region_code = '350881'
      group by o.sector_code`.execute(demo.handle.db);
      expect(perSector.rows.map((r) => r.sector).sort()).toEqual(['fireworks', 'hazardous_chemicals', 'industry_trade', 'non_coal_mine']);
      for (const row of perSector.rows) expect(row.drawn, row.sector).toBeGreaterThanOrEqual(Math.ceil(row.units / 10));
      const twice =
        await sql`select object_id from "check" where status <> 'cancelled' and replaced_by_substitution is null group by object_id having count(*) > 1`.execute(
          demo.handle.db,
        );
      expect(twice.rows).toEqual([]);
    },
    SLOW,
  );

  it(
    'gave every check a team with all three agencies and no conflicted inspector',
    async () => {
      const checks = await demo.handle.db
        .selectFrom('check as c')
        .innerJoin('jointTask as t', 't.id', 'c.taskId')
        .select(['c.id', 'c.objectId', 't.inspectionStartsOn as start', 't.inspectionEndsOn as end'])
        .where('c.taskId', 'in', taskIds)
        .where('c.status', '<>', 'cancelled')
        .execute();
      expect(checks.length).toBeGreaterThan(0);
      for (const check of checks) {
        const team = await demo.handle.db.selectFrom('teamMember').select(['inspectorId', 'agencyId']).where('checkId', '=', check.id).execute();
        expect(new Set(team.map((m) => m.agencyId))).toEqual(new Set(['yjj', 'scj', 'xf'].map((c) => demo.world.agencyId(c))));
        const conflicts = await demo.handle.db
          .selectFrom('conflict')
          .select('id')
          .where('objectId', '=', check.objectId)
          .where(
            'inspectorId',
            'in',
            team.map((m) => m.inspectorId),
          )
          .where('archivedAt', 'is', null)
          // In force at some point of the inspection period, as the draw reads them.
          .where('validFrom', '<=', check.end!)
          .where((eb) => eb.or([eb('validUntil', 'is', null), eb('validUntil', '>=', check.start!)]))
          .execute();
        expect(conflicts, `check ${check.id}`).toEqual([]);
        const home = await sql<{ n: number }>`
        select count(*)::int as n from team_member m join inspector i on i.id = m.inspector_id join object o on o.id = ${check.objectId}
        where m.check_id = ${check.id} and i.home_township_code = o.township_code`.execute(demo.handle.db);
        expect(home.rows[0]!.n).toBe(0);
      }
    },
    SLOW,
  );

  it(
    'records every agency’s results on every check, approved by each leader; one major hazard goes through 挂牌督办 to 核销',
    async () => {
      let found: { checkId: string; objectId: string } | null = null;
      for (const [index, taskId] of taskIds.entries()) {
        const major = await recordSeedChecks(demo.world, taskId, SEED_QUARTERS[index]!, index === 0);
        if (index === 0) found = major;
        const checks = (await (await demo.world.as('yjj.coord')).checks.list({ filter: { taskId }, pageSize: 200 })).rows;
        expect(checks.length).toBeGreaterThan(0);
        expect(checks.every((c) => c.status === 'approved')).toBe(true);
      }
      expect(found).not.toBeNull();
      const id = await superviseSeedHazard(demo.world, found!);
      const hazard = await (await demo.world.as('yjj.coord')).hazards.get({ id });
      expect(hazard.status).toBe('written_off');
      expect(hazard.steps.map((step) => step.kind)).toEqual(expect.arrayContaining(['progress', 'acceptance']));
    },
    SLOW,
  );

  it(
    'publishes the plan, every task with its verifiable bundle, and every agency’s results within 20 working days',
    async () => {
      for (const [index, taskId] of taskIds.entries()) {
        const quarter = SEED_QUARTERS[index]!;
        const id = await publishSeedTask(demo.world, taskId, quarter);
        const bundle = await (await demo.world.as('ldxz.zhang')).publications.bundle({ regionCode: '350881', id });
        expect(verifyDraw(bundle)).toMatchObject({ ok: true });
        const due = addWorkingDays(quarter.inspect[0], 20, CN_OFFICIAL_CALENDAR);
        const late = await (await demo.world.as('yjj.coord', new Date(`${due}T23:00:00+08:00`))).publications.overdue({});
        expect(late.rows).toEqual([]);
      }
      const results = await demo.handle.db.selectFrom('publication').select(['dueOn', 'publishedAt']).where('kind', '=', 'result').execute();
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) expect(result.publishedAt.toISOString().slice(0, 10) <= result.dueOn!).toBe(true);
    },
    SLOW,
  );

  it(
    'gives the leadership group figures that match the data',
    async () => {
      const leader = await demo.world.as('ldxz.zhang', new Date('2020-12-31T12:00:00+08:00'));
      const checks = await leader.oversight.checks({ year: 2020 });
      const done = await demo.handle.db
        .selectFrom('check')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('taskId', 'in', taskIds)
        .where('status', '<>', 'cancelled')
        .executeTakeFirstOrThrow();
      expect(checks.total).toMatchObject({ checksDone: Number(done.n), problemChecks: 1, jointChecks: Number(done.n), jointShare: 1 });

      const coverage = await leader.oversight.coverage({ year: 2020, agencyId: demo.world.agencyId('yjj') });
      const drawn = await sql<{ sector: string; n: number }>`
      select o.sector_code as sector, count(distinct o.id)::int as n from "check" c join object o on o.id = c.object_id
      where c.status <> 'cancelled' and c.replaced_by_substitution is null and o.supervision_category = 'general'
      group by o.sector_code`.execute(demo.handle.db);
      expect(coverage.rows).toHaveLength(4);
      for (const row of coverage.rows) {
        expect(row.drawn, row.sectorCode).toBe(drawn.rows.find((d) => d.sector === row.sectorCode)?.n ?? 0);
        expect(row.drawn, row.sectorCode).toBeGreaterThanOrEqual(row.required ?? Number.POSITIVE_INFINITY);
        expect(row.drawnByQuarter.reduce((a, b) => a + b, 0)).toBe(row.drawn);
      }
      // The dashboard and the plan's floor check are one computation: same units, same requirement, same draws.
      const floor = (await leader.plans.get({ id: planId })).floor!;
      expect(floor.reachable).toBe(true);
      expect(floor.sectors.map((s) => [s.sectorCode, s.generalUnits, s.required, s.drawn, s.drawnRatio])).toEqual(
        coverage.rows.map((r) => [r.sectorCode, r.generalUnits, r.required, r.drawn, r.drawnRatio]),
      );
      const hazards = await leader.oversight.majorHazards({});
      expect(hazards.rows).toEqual([expect.objectContaining({ agencyId: demo.world.agencyId('yjj'), status: 'written_off', count: 1 })]);
      // Every agency published the results of every check that asked it for results; an agency with no
      // item that applies to an enterprise (消防 at a mine) owes no publication there.
      const timeliness = await leader.oversight.timeliness({});
      expect(timeliness.rows.map((r) => [r.agencyId, r.resultsOutstanding])).toEqual(timeliness.rows.map((r) => [r.agencyId, 0]));
      expect((await leader.publications.overdue({ pageSize: 50 })).total).toBe(0);
    },
    SLOW,
  );
});
