import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { addWorkingDays, CN_OFFICIAL_CALENDAR, commitSecret, createEntropySecret, verifyDraw } from '@liancha/domain';
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

  it('registers 回避 in force in 2020 that the teams must respect', async () => {
    // The demo's own conflicts date from 2025–2026; these make the 2020 rule bite.
    const inspectors = await handle.db.selectFrom('inspector').select('id').where('regionCode', '=', '350881').orderBy('certificateNo').execute();
    const objects = await handle.db.selectFrom('object').select('id').where('regionCode', '=', '350881').orderBy('uscc').execute();
    const rows = inspectors.flatMap((inspector, i) =>
      [0, 1, 2, 3, 4, 5].map((k) => ({ regionCode: '350881', inspectorId: inspector.id, objectId: objects[(i * 37 + k * 11) % objects.length]!.id, reasonCode: 'declared' as const, validFrom: '2019-12-01', validUntil: '2021-12-31', createdBy: null })),
    );
    await handle.db.insertInto('conflict').values(rows).onConflict((oc) => oc.doNothing()).execute();
    expect(rows.length).toBeGreaterThan(100);
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
    const checks = await handle.db
      .selectFrom('check as c')
      .innerJoin('jointTask as t', 't.id', 'c.taskId')
      .select(['c.id', 'c.objectId', 't.inspectionStartsOn as start', 't.inspectionEndsOn as end'])
      .where('c.taskId', 'in', taskIds)
      .where('c.status', '<>', 'cancelled')
      .execute();
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
        // In force at some point of the inspection period, as the draw reads them.
        .where('validFrom', '<=', check.end!)
        .where((eb) => eb.or([eb('validUntil', 'is', null), eb('validUntil', '>=', check.start!)]))
        .execute();
      expect(conflicts, `check ${check.id}`).toEqual([]);
      const home = await sql<{ n: number }>`
        select count(*)::int as n from team_member m join inspector i on i.id = m.inspector_id join object o on o.id = ${check.objectId}
        where m.check_id = ${check.id} and i.home_township_code = o.township_code`.execute(handle.db);
      expect(home.rows[0]!.n).toBe(0);
    }
  });

  it('records every agency’s results on every check, approved by each leader; one major hazard goes through 挂牌督办 to 核销', async () => {
    const agencies = ['yjj', 'scj', 'xf'] as const;
    let hazardObject: { checkId: string; objectId: string } | null = null;
    for (const [index, taskId] of taskIds.entries()) {
      const quarter = quarters[index]!;
      const day = new Date(`${quarter.inspect[0]}T09:00:00+08:00`);
      const yjj = await world.as('yjj.coord', day);
      const checks = await yjj.checks.list({ taskId });
      for (const [n, check] of checks.entries()) {
        const visit = quarter.inspect[0]!;
        await yjj.checks.notify({ checkId: check.id, scheduledOn: visit, materials: ['安全生产许可证', '隐患排查治理台账'] });
        await yjj.checks.start({ checkId: check.id, on: visit });
        const items = (await yjj.checks.get({ checkId: check.id })).items;
        const major = index === 0 && n === 0;
        for (const code of agencies) {
          const api = await world.as(`${code}.coord`, day);
          for (const item of items.filter((i) => i.agencyId === world.agencyId(code))) {
            await api.checks.recordResult({
              checkId: check.id,
              itemId: item.id,
              resultCode: major && code === 'yjj' ? 'major_hazard' : 'no_problem',
              findings: major && code === 'yjj' ? '液氨储罐区未设置泄漏报警装置' : '',
              verificationMethods: ['on_site', 'documentary'],
            });
          }
        }
        await yjj.checks.finish({ checkId: check.id, on: visit });
        for (const code of agencies) await (await world.as(`${code}.coord`, day)).checks.submitResults({ checkId: check.id });
        for (const code of agencies) await (await world.as(`${code}.leader`, day)).checks.approveResults({ checkId: check.id });
        if (major) hazardObject = { checkId: check.id, objectId: check.objectId };
      }
      expect((await yjj.checks.list({ taskId })).every((c) => c.status === 'approved')).toBe(true);
    }

    // 重大事故隐患: 挂牌督办 with the 五落实 plan, progress, acceptance within 10 days, 核销 with resumption.
    const at = (date: string) => new Date(`${date}T10:00:00+08:00`);
    const coord = await world.as('yjj.coord', at('2020-03-03'));
    const { id } = await coord.hazards.create({ objectId: hazardObject!.objectId, checkId: hazardObject!.checkId, severity: 'major', description: '液氨储罐区未设置泄漏报警装置', foundOn: '2020-03-02', rectificationDeadline: '2020-04-30' });
    await coord.hazards.putUnderSupervision({ id, listingLevel: 'county', supervisingBody: '漳平市人民政府安全生产委员会', listingDeadline: '2020-04-30' });
    await coord.hazards.filePlan({ id, plan: { responsibility: '企业主要负责人', measures: '加装泄漏报警并联锁', funds: '12万元', timeLimit: '2020年4月30日前', contingency: '液氨泄漏专项应急预案' } });
    await (await world.as('yjj.coord', at('2020-04-01'))).hazards.reportProgress({ id, reportedOn: '2020-04-01', note: '报警装置已采购，安装中' });
    await (await world.as('yjj.coord', at('2020-04-25'))).hazards.requestAcceptance({ id, requestedOn: '2020-04-25' });
    await (await world.as('yjj.coord', at('2020-04-28'))).hazards.accept({ id, acceptedOn: '2020-04-28', passed: true, note: '现场验收合格' });
    await (await world.as('yjj.leader', at('2020-04-29'))).hazards.writeOff({ id, note: '同意核销，恢复生产经营' });
    expect((await coord.hazards.get({ id })).status).toBe('written_off');
  });

  it('publishes the plan, every task with its verifiable bundle, and every agency’s results within 20 working days', async () => {
    for (const [index, taskId] of taskIds.entries()) {
      const quarter = quarters[index]!;
      const coord = await world.as('yjj.coord', new Date(`${quarter.inspect[0]}T08:00:00+08:00`));
      const { id } = await coord.publications.publishTask({ taskId });
      const published = await (await world.as('ldxz.zhang')).publications.get({ regionCode: '350881', id });
      expect(verifyDraw((published.payload as { draw: { bundle: unknown } }).draw.bundle)).toMatchObject({ ok: true });
    }
    for (const [index, taskId] of taskIds.entries()) {
      const ended = quarters[index]!.inspect[0]!;
      const due = addWorkingDays(ended, 20, CN_OFFICIAL_CALENDAR);
      const onTime = new Date(`${addWorkingDays(ended, 10, CN_OFFICIAL_CALENDAR)}T10:00:00+08:00`);
      for (const code of ['yjj', 'scj', 'xf'] as const) {
        const api = await world.as(`${code}.coord`, onTime);
        for (const check of await api.checks.list({ taskId })) await api.publications.publishResults({ checkId: check.id });
      }
      const late = await (await world.as('yjj.coord', new Date(`${due}T23:00:00+08:00`))).publications.overdue({});
      expect(late.rows).toEqual([]);
    }
    const results = await handle.db.selectFrom('publication').select(['dueOn', 'publishedAt']).where('kind', '=', 'result').execute();
    expect(results.length).toBeGreaterThan(0);
  });

  it('gives the leadership group figures that match the data', async () => {
    const leader = await world.as('ldxz.zhang', new Date('2020-12-31T12:00:00+08:00'));
    const checks = await leader.oversight.checks({ year: 2020 });
    const done = await handle.db.selectFrom('check').select((eb) => eb.fn.countAll<number>().as('n')).where('taskId', 'in', taskIds).where('status', '<>', 'cancelled').executeTakeFirstOrThrow();
    expect(checks.total).toMatchObject({ checksDone: Number(done.n), problemChecks: 1, jointChecks: Number(done.n), jointShare: 1 });

    const coverage = await leader.oversight.coverage({ year: 2020, agencyId: world.agencyId('yjj') });
    const drawn = await sql<{ sector: string; n: number }>`
      select o.sector_code as sector, count(distinct o.id)::int as n from "check" c join object o on o.id = c.object_id
      where c.status <> 'cancelled' and c.replaced_by_substitution is null and o.supervision_category = 'general'
      group by o.sector_code`.execute(handle.db);
    expect(coverage.rows).toHaveLength(4);
    for (const row of coverage.rows) {
      expect(row.drawn, row.sectorCode).toBe(drawn.rows.find((d) => d.sector === row.sectorCode)?.n ?? 0);
      expect(row.drawn, row.sectorCode).toBeGreaterThanOrEqual(row.required ?? Number.POSITIVE_INFINITY);
      expect(row.drawnByQuarter.reduce((a, b) => a + b, 0)).toBe(row.drawn);
    }
    const hazards = await leader.oversight.majorHazards({});
    expect(hazards.rows).toEqual([expect.objectContaining({ agencyId: world.agencyId('yjj'), status: 'written_off', count: 1 })]);
  });
});
