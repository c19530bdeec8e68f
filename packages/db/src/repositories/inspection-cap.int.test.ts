import { capWarnings, type CapLine } from '@liancha/domain';
import { describe, expect, it } from 'vitest';
import {
  makeCheck,
  makeInspector,
  makeJointTask,
  makeObject,
  makeSector,
  makeTownship,
  seedAgency,
  seedRegion,
  seedUser,
  testDbKind,
} from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { decideCaseCheck, insertCaseCheck } from './case-check.repository.js';
import {
  capBreachPage,
  capFigures,
  capsInForce,
  capVersionHistory,
  capWarningPage,
  enterpriseChecksSince,
  enterpriseLedger,
  enterprisesAtCap,
  publishCapVersion,
  recordCapOverride,
} from './inspection-cap.repository.js';

const REGION = '350881';
const OTHER = '350802';
const scope = { regionCode: REGION };
const at = new Date('2026-12-01T02:00:00Z');
const line = (sectorCode: string, riskClass: CapLine['riskClass'], maxPerYear: number): CapLine => ({ sectorCode, riskClass, expectedPerYear: 1, maxPerYear });

describe(`the cross-agency cap ledger on ${testDbKind()}`, () => {
  const ids = { a: '', b: '', c: '', other: '', user: '', otherUser: '', e: '', f: '', g: '', officer1: '', officer2: '' };
  const uscc: Record<string, string> = {};
  const handle = suiteDb(async (db) => {
    await seedRegion(db, REGION, '漳平市');
    await seedRegion(db, OTHER, '新罗区');
    await makeSector(db, { code: 'cap_mining', name: '非煤矿山' });
    for (const region of [REGION, OTHER]) await makeTownship(db, { regionCode: region, code: `${region}001`, name: '菁城街道' });
    ids.a = (await seedAgency(db, REGION, { code: 'a', name: '甲局' })).id;
    ids.b = (await seedAgency(db, REGION, { code: 'b', name: '乙局' })).id;
    ids.c = (await seedAgency(db, REGION, { code: 'c', name: '丙局' })).id;
    ids.other = (await seedAgency(db, OTHER, { code: 'a', name: '他区甲局' })).id;
    ids.user = (await seedUser(db, { regionCode: REGION, passwordHash: 'x', roles: ['coordinator'], agencyId: ids.a })).id;
    ids.otherUser = (await seedUser(db, { regionCode: OTHER, passwordHash: 'x', roles: ['coordinator'], agencyId: ids.other })).id;
    ids.e = await makeObject(db, { regionCode: REGION, supervisors: [ids.a, ids.b], sectorCode: 'cap_mining', riskClass: 'B' });
    ids.f = await makeObject(db, { regionCode: REGION, supervisors: [ids.a, ids.b], sectorCode: 'cap_mining', riskClass: 'D' });
    ids.g = await makeObject(db, { regionCode: REGION, supervisors: [ids.c], sectorCode: 'cap_mining', riskClass: 'B' });
    ids.officer1 = await makeInspector(db, { regionCode: REGION, agencyId: ids.c });
    ids.officer2 = await makeInspector(db, { regionCode: REGION, agencyId: ids.c });
    const rows = await db.selectFrom('object').select(['id', 'uscc']).where('regionCode', '=', REGION).execute();
    for (const r of rows) uscc[r.id] = r.uscc;

    // 甲局 caps 非煤矿山 at 2 (D class: 4), 乙局 at 3; 丙局 publishes nothing.
    await publishCapVersion(db, scope, { agencyId: ids.a, year: 2026, note: '', publishedBy: ids.user, at, lines: [line('cap_mining', null, 3)] });
    await publishCapVersion(db, scope, {
      agencyId: ids.a,
      year: 2026,
      note: '按省厅通知下调',
      publishedBy: ids.user,
      at,
      lines: [line('cap_mining', null, 2), line('cap_mining', 'D', 4)],
    });
    await publishCapVersion(db, scope, { agencyId: ids.b, year: 2026, note: '', publishedBy: ids.user, at, lines: [line('cap_mining', null, 3)] });
    // Another region's caps never reach this one.
    await publishCapVersion(
      db,
      { regionCode: OTHER },
      { agencyId: ids.other, year: 2026, note: '', publishedBy: ids.otherUser, at, lines: [line('cap_mining', null, 1)] },
    );

    const task = (lead: string, partners: string[], starts: string, declined: string[] = []) =>
      makeJointTask(db, {
        regionCode: REGION,
        leadAgencyId: lead,
        partnerAgencyIds: partners,
        declinedAgencyIds: declined,
        inspectionStartsOn: starts,
        inspectionEndsOn: starts.replace(/-\d\d$/, '-28'),
      });
    // E: a joint check of 甲+乙 (丙 declined) on 11-20, a check of 甲 alone on 12-02; a cancelled check and a 2025 check that do not count.
    const joint = await task(ids.a, [ids.b], '2026-11-01', [ids.c]);
    await makeCheck(db, { regionCode: REGION, ...joint, objectId: ids.e, startedOn: '2026-11-20' });
    await makeCheck(db, { regionCode: REGION, ...joint, objectId: ids.f, startedOn: '2026-11-21' });
    const solo = await task(ids.a, [], '2026-12-01');
    await makeCheck(db, { regionCode: REGION, ...solo, objectId: ids.e, scheduledOn: '2026-12-02' });
    await makeCheck(db, { regionCode: REGION, ...solo, objectId: ids.f, status: 'cancelled' });
    const old = await task(ids.a, [], '2025-06-01');
    await makeCheck(db, { regionCode: REGION, ...old, objectId: ids.e, endedOn: '2025-06-03', status: 'closed' });
    // E: a 个案 check of 丙局 on a complaint, approved; G: one submitted (not counted yet).
    const caseFields = { agencyId: ids.c, trigger: 'complaint' as const, reason: '投诉', legalBasis: '安全生产法', emergency: false };
    const caseE = await insertCaseCheck(
      db,
      scope,
      { ...caseFields, objectId: ids.e, windowFrom: '2026-12-05', windowTo: '2026-12-06' },
      [ids.officer1, ids.officer2],
      ids.user,
    );
    await decideCaseCheck(db, scope, caseE, { status: 'approved', inspectionCode: 'AAAA-BBBB-CCCC', by: ids.user, at, note: null });
    await insertCaseCheck(
      db,
      scope,
      { ...caseFields, objectId: ids.g, windowFrom: '2026-12-05', windowTo: '2026-12-06' },
      [ids.officer1, ids.officer2],
      ids.user,
    );
  });

  it('keeps every version of an agency’s caps, the latest in force, per region', async () => {
    const history = await capVersionHistory(handle.db, scope, { year: 2026, agencyId: ids.a });
    expect(history.map((v) => [v.version, v.note, v.lines.length])).toEqual([
      [2, '按省厅通知下调', 2],
      [1, '', 1],
    ]);
    const inForce = await capsInForce(handle.db, scope, { year: 2026 });
    expect(inForce.map((v) => [v.agencyName, v.version, v.lines.map((l) => `${l.riskClass ?? '*'}:${l.maxPerYear}`)])).toEqual([
      ['甲局', 2, ['*:2', 'D:4']],
      ['乙局', 1, ['*:3']],
    ]);
    expect(await capsInForce(handle.db, scope, { year: 2025 })).toEqual([]);
  });

  it('counts an enterprise’s checks per agency and kind: a joint check once for each confirmed agency, 个案 exempt', async () => {
    const ledger = await enterpriseLedger(handle.db, scope, { objectId: ids.e, year: 2026 });
    expect(ledger.map((r) => [r.agencyName, r.kind, r.checks, r.jointChecks, r.exemptChecks])).toEqual([
      ['甲局', 'routine', 2, 1, 0],
      ['乙局', 'routine', 1, 1, 0],
      ['丙局', 'case', 1, 0, 1],
    ]);
    expect(await enterpriseLedger(handle.db, scope, { objectId: ids.e, year: 2025 })).toEqual([
      { agencyId: ids.a, agencyName: '甲局', kind: 'routine', checks: 1, jointChecks: 0, exemptChecks: 0 },
    ]);
    expect(await enterpriseLedger(handle.db, scope, { objectId: ids.g, year: 2026 })).toEqual([]);
  });

  it('names the enterprises at a participating agency’s cap, the risk class line before the sector’s', async () => {
    // E: 甲局 2 of 2 → at the cap; F (D class): 甲局 1 of 4 → not.
    expect(await enterprisesAtCap(handle.db, scope, { year: 2026, agencyIds: [ids.a, ids.b] })).toEqual(new Map([[uscc[ids.e]!, [ids.a]]]));
    expect(await enterprisesAtCap(handle.db, scope, { year: 2026, agencyIds: [ids.b, ids.c] })).toEqual(new Map());
    expect(await enterprisesAtCap(handle.db, { regionCode: OTHER }, { year: 2026, agencyIds: [ids.other] })).toEqual(new Map());
  });

  it('lists the enterprises flagged by the warning rules, in pages, as the domain’s rules flag them', async () => {
    const today = '2026-12-06';
    const first = await capWarningPage(handle.db, scope, { today, year: 2026, limit: 1 });
    const second = await capWarningPage(handle.db, scope, { today, year: 2026, limit: 1, after: first.next! });
    const all = [...first.rows, ...second.rows];
    expect(second.next).toBeNull();
    // E: 多头 (甲 alone, the joint check, 丙's case check), 重复 (甲 twice), 高频 (甲 at 2 of 2; 乙 1 of 3 is not) — F (甲 1 of 4, 乙 1 of 3, one check) is not flagged.
    expect(all.map((r) => [r.uscc, r.kinds, r.recentAgencyNames, r.checksThisYear])).toEqual([
      [uscc[ids.e], ['multi_agency', 'repeat', 'high_frequency'], ['丙局', '乙局', '甲局'].sort(), 3],
    ]);
    expect(first.rows).toHaveLength(1);
    // The same verdict as the domain's capWarnings over the enterprise's checks.
    const events = await enterpriseChecksSince(handle.db, scope, { objectId: ids.e, since: '2026-09-01' });
    const ledger = await enterpriseLedger(handle.db, scope, { objectId: ids.e, year: 2026 });
    const counts = [
      { agencyId: ids.a, used: ledger.filter((r) => r.agencyId === ids.a).reduce((n, r) => n + r.checks, 0), max: 2 },
      { agencyId: ids.b, used: 1, max: 3 },
    ];
    expect(capWarnings(events, counts, today).map((w) => w.kind)).toEqual(all[0]!.kinds);
    // An agency's own scope: 丙局 supervises only G, which is not flagged.
    expect((await capWarningPage(handle.db, scope, { today, year: 2026, supervisedBy: ids.c, limit: 10 })).rows).toEqual([]);
    // Three months later (90 days past 甲局's second check) only the high frequency remains.
    expect((await capWarningPage(handle.db, scope, { today: '2027-03-10', year: 2026, limit: 10 })).rows.map((r) => r.kinds)).toEqual([['high_frequency']]);
  });

  it('gives the year’s figures per agency and the 联合检查率’s counts, and the breaches with their approvals', async () => {
    const before = await capFigures(handle.db, scope, { year: 2026 });
    expect([before.checks, before.jointChecks, before.enterprises]).toEqual([4, 2, 2]);
    expect(before.agencies.map((a) => [a.agencyName, a.routine, a.case, a.enterprises, a.jointChecks, a.exemptChecks, a.breaches])).toEqual([
      ['甲局', 3, 0, 2, 2, 0, 0],
      ['乙局', 2, 0, 2, 2, 0, 0],
      ['丙局', 0, 1, 1, 0, 1, 0],
    ]);
    // A third check of E by 甲局 passes its cap of 2; its head approved it with a stated exemption.
    const db = handle.db;
    const third = await makeJointTask(db, { regionCode: REGION, leadAgencyId: ids.a, inspectionStartsOn: '2026-12-10', inspectionEndsOn: '2026-12-20' });
    const checkId = await makeCheck(db, { regionCode: REGION, ...third, objectId: ids.e });
    await recordCapOverride(db, scope, {
      agencyId: ids.a,
      objectId: ids.e,
      year: 2026,
      checkKind: 'campaign',
      checkRef: checkId,
      statedExemption: '汛期尾矿库专项排查',
      approvedBy: ids.user,
      at,
    });
    const after = await capFigures(db, scope, { year: 2026, agencyIds: [ids.a] });
    expect(after.agencies.map((a) => [a.agencyName, a.routine, a.breaches])).toEqual([['甲局', 4, 1]]);
    const breaches = await capBreachPage(db, scope, { year: 2026, limit: 10 });
    expect(breaches.rows.map((b) => [b.uscc, b.agencyName, b.checks, b.maxPerYear, b.approvals.map((a) => a.statedExemption)])).toEqual([
      [uscc[ids.e], '甲局', 3, 2, ['汛期尾矿库专项排查']],
    ]);
    expect(breaches.next).toBeNull();
    expect((await capBreachPage(db, scope, { year: 2026, agencyIds: [ids.b], limit: 10 })).rows).toEqual([]);
  });
});
