import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, seedAgency, seedRegion, seedUser, sql, testDbKind, workflowRows } from '@liancha/db/testing';
import { callerFor } from '../../testing/caller.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { sessionTokenFor } from '../../testing/session.js';
import { codeOf } from '../../testing/refusal.js';

/**
 * A hand-built county (350899) where every figure is known in advance:
 *
 * objects   fireworks, general: F1–F4 (A and B), F5–F12 (A only); Fx closed (A); K1 key (A)
 *           hazardous chemicals, general: H1–H5 (A and B)
 * plans     A: v1 superseded 5%, v2 published 15% → required fireworks ⌈12×15%⌉ = 2, chemicals ⌈5×15%⌉ = 1
 *           B: published 20% → fireworks ⌈4×20%⌉ = 1, chemicals 1; C: none
 * tasks     T1 A+B drawn 2025-03-31T17:00Z (Beijing 1 April: Q2): c1 F1 04-10, c2 F5 05-20, c3 H1 not ended,
 *              c4 F6 cancelled, c10 K1 04-11
 *           T2 A drawn 2025-01-15 (Q1): c5 F1 01-20, c6 H2 02-10
 *           T3 B lead, C only invited, drawn 2025-07-01 (Q3): c7 H1 07-05
 *           T4 A drawn 2024-12-31T16:30Z (Beijing 2025-01-01: 2025 Q1): c8 F7 01-03
 *           T5 A drawn 2024-12-31T15:00Z (Beijing 23:00 on 31 Dec: 2024): c9 F8 2024-12-31
 * results   c1 A no_problem, B ordered_to_rectify; c2 A major_hazard (submitted), B no_problem;
 *           c10 A fixed_on_site; c5 A case_filed (draft: not counted); c6 A no_problem;
 *           c7 B closed_or_suspended (a problem: anything but 未发现问题); c8 A no_problem
 * published A c1 on 2025-05-12 (due 05-12: on time), A c6 on Beijing 2025-03-11 (due 03-10: late)
 */
describe(`oversight figures on ${testDbKind()}`, () => {
  let handle: DbHandle;
  const R = '350899';
  const ids: Record<string, string> = {};
  const TODAY = '2025-07-31T04:00:00Z';

  async function as(username: string, instant = TODAY) {
    const now = new Date(instant);
    return callerFor(handle.db, { token: await sessionTokenFor(handle.db, username, now), now });
  }

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    await loadDemoWorld(handle.db); // sectors, and the 漳平 region whose leadership must see none of this
    const db = handle.db;
    await seedRegion(db, R, '测试县');
    await db.insertInto('township').values({ regionCode: R, code: '350899001', name: '城关镇' }).execute();
    const [A, B, C] = await Promise.all(
      ['a', 'b', 'c'].map((code, i) => seedAgency(db, R, { code, name: ['测试县应急管理局', '测试县市场监督管理局', '测试县消防救援大队'][i]! })),
    );
    Object.assign(ids, { A: A!.id, B: B!.id, C: C!.id });
    await seedUser(db, { regionCode: R, username: 'tx.leader', roles: ['leadership_member'], passwordHash: 'x' });
    await seedUser(db, { regionCode: R, username: 'tx.a.coord', roles: ['coordinator'], agencyId: ids.A, passwordHash: 'x' });
    await seedUser(db, { regionCode: R, username: 'tx.a.admin', roles: ['agency_admin'], agencyId: ids.A, passwordHash: 'x' });
    await seedUser(db, { regionCode: R, username: 'tx.a.insp', roles: ['inspector'], agencyId: ids.A, passwordHash: 'x' });
    await seedUser(db, { regionCode: R, username: 'tx.b.leader', roles: ['agency_leader'], agencyId: ids.B, passwordHash: 'x' });
    await seedUser(db, { regionCode: R, username: 'tx.admin', roles: ['platform_admin'], passwordHash: 'x' });

    const fx = workflowRows(db, R);
    const obj = (sectorCode: string, supervisedBy: string[], extra: { category?: 'key'; status?: 'closed' } = {}) =>
      fx.object({ sectorCode, townshipCode: '350899001', supervisedBy, ...extra });
    for (const n of [1, 2, 3, 4]) ids[`F${n}`] = await obj('fireworks', [ids.A!, ids.B!]);
    for (const n of [5, 6, 7, 8, 9, 10, 11, 12]) ids[`F${n}`] = await obj('fireworks', [ids.A!]);
    ids.Fx = await obj('fireworks', [ids.A!], { status: 'closed' });
    ids.K1 = await obj('fireworks', [ids.A!], { category: 'key' });
    for (const n of [1, 2, 3, 4, 5]) ids[`H${n}`] = await obj('hazardous_chemicals', [ids.A!, ids.B!]);

    await fx.plan({ agencyId: ids.A!, year: 2025, version: 1, status: 'superseded', ratioFloorBp: 500 });
    await fx.plan({ agencyId: ids.A!, year: 2025, version: 2, ratioFloorBp: 1500 });
    await fx.plan({ agencyId: ids.B!, year: 2025, ratioFloorBp: 2000 });
    await fx.plan({ agencyId: ids.B!, year: 2024, ratioFloorBp: 9000 });

    const itemA = await fx.item(ids.A!);
    const itemB = await fx.item(ids.B!);
    const [IA1, IA2, IB1] = [
      await fx.inspector(ids.A!, { name: '甲一' }),
      await fx.inspector(ids.A!, { name: '甲二' }),
      await fx.inspector(ids.B!, { name: '乙一' }),
    ];
    await fx.inspector(ids.A!, { name: '甲专家', isExpert: true });
    Object.assign(ids, { IA1, IA2, IB1 });

    // Each agency's item on its tasks (an item without sectors applies to every enterprise): a check asks it for results.
    const a = { itemId: itemA, agencyId: ids.A! };
    const b = { itemId: itemB, agencyId: ids.B! };
    const T1 = await fx.task({ lead: ids.A!, partners: [ids.B!], itemIds: [a, b] });
    const d1 = await fx.draw(T1.id, { drawnAt: new Date('2025-03-31T17:00:00Z') });
    const T2 = await fx.task({ lead: ids.A!, itemIds: [a] });
    const d2 = await fx.draw(T2.id, { drawnAt: new Date('2025-01-15T02:00:00Z') });
    const T3 = await fx.task({ lead: ids.B!, invited: [ids.C!], itemIds: [b] });
    const d3 = await fx.draw(T3.id, { drawnAt: new Date('2025-07-01T02:00:00Z') });
    const T4 = await fx.task({ lead: ids.A!, itemIds: [a] });
    const d4 = await fx.draw(T4.id, { drawnAt: new Date('2024-12-31T16:30:00Z') });
    const T5 = await fx.task({ lead: ids.A!, itemIds: [a] });
    const d5 = await fx.draw(T5.id, { drawnAt: new Date('2024-12-31T15:00:00Z') });

    const m = (inspectorId: string, agencyId: string) => ({ inspectorId, agencyId });
    const c1 = await fx.check({ taskId: T1.id, drawId: d1, objectId: ids.F1!, endedOn: '2025-04-10', team: [m(IA1, ids.A!), m(IB1, ids.B!)] });
    const c2 = await fx.check({ taskId: T1.id, drawId: d1, objectId: ids.F5!, endedOn: '2025-05-20', team: [m(IA1, ids.A!), m(IA2, ids.A!)] });
    await fx.check({ taskId: T1.id, drawId: d1, objectId: ids.H1!, status: 'in_progress', endedOn: null, scheduledOn: '2025-08-15', team: [m(IA1, ids.A!)] });
    await fx.check({ taskId: T1.id, drawId: d1, objectId: ids.F6!, status: 'cancelled', endedOn: '2025-04-15', team: [m(IA1, ids.A!)] });
    const c10 = await fx.check({ taskId: T1.id, drawId: d1, objectId: ids.K1!, endedOn: '2025-04-11', team: [m(IA2, ids.A!), m(IB1, ids.B!)] });
    const c5 = await fx.check({ taskId: T2.id, drawId: d2, objectId: ids.F1!, endedOn: '2025-01-20', team: [m(IA1, ids.A!)] });
    const c6 = await fx.check({ taskId: T2.id, drawId: d2, objectId: ids.H2!, endedOn: '2025-02-10' });
    const c7 = await fx.check({ taskId: T3.id, drawId: d3, objectId: ids.H1!, endedOn: '2025-07-05', team: [m(IB1, ids.B!)] });
    const c8 = await fx.check({ taskId: T4.id, drawId: d4, objectId: ids.F7!, endedOn: '2025-01-03' });
    await fx.check({ taskId: T5.id, drawId: d5, objectId: ids.F8!, endedOn: '2024-12-31', team: [m(IA2, ids.A!)] });

    const r = (checkId: string, agencyId: string, resultCode: string, status: 'approved' | 'submitted' | 'draft' = 'approved') =>
      fx.result({ checkId, agencyId, itemId: agencyId === ids.A ? itemA : itemB, resultCode, status });
    await r(c1, ids.A!, 'no_problem');
    await r(c1, ids.B!, 'ordered_to_rectify');
    await r(c2, ids.A!, 'major_hazard', 'submitted');
    await r(c2, ids.B!, 'no_problem');
    await r(c10, ids.A!, 'fixed_on_site');
    await r(c5, ids.A!, 'case_filed', 'draft');
    await r(c6, ids.A!, 'no_problem');
    await r(c7, ids.B!, 'closed_or_suspended');
    await r(c8, ids.A!, 'no_problem');

    await (await as('tx.a.coord', '2025-05-12T10:00:00Z')).publications.publishResults({ checkId: c1 });
    await (await as('tx.a.coord', '2025-03-10T16:30:00Z')).publications.publishResults({ checkId: c6 });

    await fx.majorHazard({ agencyId: ids.A!, objectId: ids.F5!, status: 'listed', listingDeadline: '2025-06-30' });
    await fx.majorHazard({ agencyId: ids.A!, objectId: ids.F9!, status: 'listed', listingDeadline: '2025-09-30' });
    await fx.majorHazard({ agencyId: ids.A!, objectId: ids.F10!, status: 'written_off', listingDeadline: '2025-05-31' });
    await fx.majorHazard({ agencyId: ids.B!, objectId: ids.H3!, status: 'open' });
    // Acceptance requested after its deadline: awaiting 验收, no longer 督办逾期.
    await fx.majorHazard({ agencyId: ids.B!, objectId: ids.H2!, status: 'acceptance_requested', listingDeadline: '2025-05-31' });
    await sql`insert into hazard (region_code, object_id, agency_id, severity, description, found_on)
              values (${R}, ${ids.F11!}, ${ids.A!}, 'ordinary', '一般隐患', '2025-03-01')`.execute(db);
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('drawn vs required per agency and sector, quarters in Beijing time', async () => {
    const { year, rows } = await (await as('tx.leader')).oversight.coverage({ year: 2025 });
    expect(year).toBe(2025);
    expect(
      rows.map((x) => [x.agencyId === ids.A ? 'A' : 'B', x.sectorCode, x.generalUnits, x.ratioFloorBp, x.required, x.drawn, x.drawnByQuarter, x.drawnRatio]),
    ).toEqual([
      ['A', 'hazardous_chemicals', 5, 1500, 1, 2, [1, 1, 0, 0], 2],
      ['A', 'fireworks', 12, 1500, 2, 3, [2, 2, 0, 0], 1.5],
      ['B', 'hazardous_chemicals', 5, 2000, 1, 1, [0, 1, 1, 0], 1],
      ['B', 'fireworks', 4, 2000, 1, 1, [0, 1, 0, 0], 1],
    ]);
  });

  it('checks done, problems found and joint share per agency × sector × quarter, with totals', async () => {
    const figures = await (await as('tx.leader')).oversight.checks({ year: 2025 });
    const name = (id: string | null) => (id === ids.A ? 'A' : id === ids.B ? 'B' : id);
    expect(figures.rows.map((x) => [name(x.agencyId), x.sectorCode, x.quarter, x.checksDone, x.problemChecks, x.jointChecks, x.jointShare])).toEqual(
      expect.arrayContaining([
        ['A', 'fireworks', 1, 2, 0, 0, 0],
        ['A', 'fireworks', 2, 3, 2, 3, 1],
        ['A', 'hazardous_chemicals', 1, 1, 0, 0, 0],
        ['B', 'fireworks', 2, 3, 1, 3, 1],
        ['B', 'hazardous_chemicals', 3, 1, 0, 0, 0], // 已关闭停业 is not a problem found
      ]),
    );
    expect(figures.rows).toHaveLength(5);
    expect(figures.agencyTotals.map((x) => [name(x.agencyId), x.checksDone, x.problemChecks, x.jointChecks, x.jointShare])).toEqual([
      ['A', 6, 2, 3, 0.5],
      ['B', 4, 1, 3, 0.75],
    ]);
    expect(figures.total).toMatchObject({ agencyId: null, checksDone: 7, problemChecks: 3, jointChecks: 3 });
    expect(figures.total!.jointShare).toBeCloseTo(3 / 7, 10);
  });

  it('results outstanding, overdue and published late per agency', async () => {
    const figures = await (await as('tx.leader')).oversight.timeliness({});
    expect(figures.today).toBe('2025-07-31');
    expect(figures).toMatchObject({ overdueIfEndedBefore: '2025-07-03', provisional: false, provisionalIfEndedFrom: null });
    expect(figures.rows.map((x) => [x.agencyName, x.resultsOutstanding, x.resultsOverdue, x.resultsProvisional, x.publishedOnTime, x.publishedLate])).toEqual([
      ['测试县应急管理局', 5, 5, 0, 1, 1],
      ['测试县市场监督管理局', 4, 3, 0, 0, 0],
      ['测试县消防救援大队', 0, 0, 0, 0, 0],
    ]);
    const overdue = await (await as('tx.leader')).publications.overdue({ pageSize: 200 });
    expect(overdue.total).toBe(8);
    expect(overdue.rows.every((x) => x.overdue && x.dueOn !== null && x.dueOn < '2025-07-31')).toBe(true);
  });

  it('major hazards by state, with listings past their deadline', async () => {
    const figures = await (await as('tx.leader')).oversight.majorHazards({});
    expect(figures.rows.map((x) => [x.agencyName, x.status, x.count, x.pastListingDeadline])).toEqual([
      ['测试县应急管理局', 'listed', 2, 1],
      ['测试县应急管理局', 'written_off', 1, 0],
      ['测试县市场监督管理局', 'acceptance_requested', 1, 0],
      ['测试县市场监督管理局', 'open', 1, 0],
    ]);
  });

  it('checks per inspector, idle ones included', async () => {
    const { rows } = await (await as('tx.leader')).oversight.inspectorLoad({ year: 2025 });
    expect(rows.map((x) => [x.name, x.checks, x.checksByQuarter, x.isExpert])).toEqual([
      ['甲一', 4, [1, 2, 1, 0], false],
      ['乙一', 3, [0, 2, 1, 0], false],
      ['甲二', 2, [0, 2, 0, 0], false],
      ['甲专家', 0, [0, 0, 0, 0], true],
    ]);
  });

  it('pages the inspectors busiest first, each page with the totals, a page past the end too', async () => {
    const leader = await as('tx.leader');
    const page = (n: number) => leader.oversight.inspectorLoad({ year: 2025, page: n, pageSize: 3 });
    expect(await page(1)).toMatchObject({ page: 1, pageSize: 3, total: 4, idle: 1, rows: [{ name: '甲一' }, { name: '乙一' }, { name: '甲二' }] });
    expect(await page(2)).toMatchObject({ total: 4, idle: 1, rows: [{ name: '甲专家' }] });
    expect(await page(3)).toMatchObject({ total: 4, idle: 1, rows: [] });
    expect(await codeOf(leader.oversight.inspectorLoad({ year: 2025, pageSize: 500 }))).toBe('BAD_REQUEST');
  });

  it('an agency office reads its own agency’s figures only; inspectors, the platform admin and the public none', async () => {
    const coord = await as('tx.a.coord');
    const own = await coord.oversight.checks({ year: 2025 });
    expect(own.agencyTotals.map((x) => x.agencyId)).toEqual([ids.A]);
    expect(own.total).toMatchObject({ checksDone: 6, problemChecks: 2 });
    expect((await coord.oversight.inspectorLoad({ year: 2025 })).rows.map((x) => x.name)).toEqual(['甲一', '甲二', '甲专家']);
    expect((await (await as('tx.a.admin')).oversight.coverage({ year: 2025 })).rows.every((x) => x.agencyId === ids.A)).toBe(true);
    expect((await (await as('tx.b.leader')).oversight.timeliness({})).rows.map((x) => x.agencyId)).toEqual([ids.B]);
    expect(await codeOf(coord.oversight.coverage({ year: 2025, agencyId: ids.B }))).toBe('FORBIDDEN');
    expect(await codeOf((await as('tx.a.insp')).oversight.checks({ year: 2025 }))).toBe('FORBIDDEN');
    expect(await codeOf((await as('tx.admin')).oversight.majorHazards({}))).toBe('FORBIDDEN');
    expect(await codeOf((await callerFor(handle.db)).oversight.coverage({ year: 2025 }))).toBe('UNAUTHORIZED');
  });

  it('stays inside the caller’s region: another region’s leadership sees none of it', async () => {
    const other = await as('ldxz.zhang');
    expect(await codeOf(other.oversight.checks({ year: 2025, agencyId: ids.A }))).toBe('NOT_FOUND');
    const figures = await other.oversight.checks({ year: 2025 });
    expect(figures.agencyTotals.some((x) => [ids.A, ids.B, ids.C].includes(x.agencyId!))).toBe(false);
    expect((await other.oversight.inspectorLoad({ year: 2025 })).rows.some((x) => x.name === '甲一')).toBe(false);
  });

  it('defaults to the current Beijing year', async () => {
    expect((await (await as('tx.leader', '2025-12-31T16:30:00Z')).oversight.checks({})).year).toBe(2026);
    expect((await (await as('tx.leader', '2025-12-31T15:30:00Z')).oversight.checks({})).year).toBe(2025);
  });
});
