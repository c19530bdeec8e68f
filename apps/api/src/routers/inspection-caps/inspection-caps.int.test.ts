import { describe, expect, it } from 'vitest';
import { findUserId, makeCampaign, makeCheck, makeInspector, makeJointTask, makeObject, testDbKind } from '@liancha/db/testing';
import { assertCampaignCheckCap } from '../../inspection-caps/campaign-cap.js';
import { callerFor } from '../../testing/caller.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { codeOf, refusal } from '../../testing/refusal.js';

const demo = openDemoDb(loadDemoWorld);
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const NOW = at('2026-06-10');
const line = (maxPerYear: number, extra: { sectorCode?: string; riskClass?: 'A' | 'B' | 'C' | 'D' | null } = {}) => ({
  sectorCode: 'industry_trade',
  riskClass: null,
  expectedPerYear: 1,
  maxPerYear,
  ...extra,
});

/** An enterprise of 工贸 supervised by 应急局 and 市场监管局, with a joint check of both (06-03) and one of 应急局 alone (06-08). */
async function inspectedEnterprise() {
  const db = demo.handle.db;
  const [yjj, scj] = [demo.world.agencyId('yjj'), demo.world.agencyId('scj')];
  const objectId = await makeObject(db, { regionCode: '350881', supervisors: [yjj, scj], sectorCode: 'industry_trade', riskClass: 'B', name: '频次测试企业' });
  const joint = await makeJointTask(db, {
    regionCode: '350881',
    leadAgencyId: yjj,
    partnerAgencyIds: [scj],
    inspectionStartsOn: '2026-06-01',
    inspectionEndsOn: '2026-06-30',
  });
  await makeCheck(db, { regionCode: '350881', ...joint, objectId, scheduledOn: '2026-06-03' });
  const solo = await makeJointTask(db, { regionCode: '350881', leadAgencyId: yjj, inspectionStartsOn: '2026-06-01', inspectionEndsOn: '2026-06-30' });
  await makeCheck(db, { regionCode: '350881', ...solo, objectId, scheduledOn: '2026-06-08' });
  return { objectId, yjj, scj };
}

describe(`inspectionCaps on ${testDbKind()}`, () => {
  it('publishes versions of an agency’s caps: the latest in force, the history kept, the caps public; bad lines refused by field', async () => {
    const coord = await demo.world.as('yjj.coord', NOW);
    const yjj = demo.world.agencyId('yjj');
    await coord.inspectionCaps.publish({ agencyId: yjj, year: 2026, lines: [line(3)] });
    const v2 = await coord.inspectionCaps.publish({ agencyId: yjj, year: 2026, note: '按市局通知调整', lines: [line(2), line(4, { riskClass: 'D' })] });
    expect(v2).toMatchObject({
      version: 2,
      note: '按市局通知调整',
      agencyId: yjj,
      lines: [
        { maxPerYear: 2, sectorName: expect.any(String) },
        { riskClass: 'D', maxPerYear: 4 },
      ],
    });

    const listed = await coord.inspectionCaps.list({ year: 2026 });
    expect(listed.canPublish).toBe(true);
    expect(listed.versions.find((v) => v.agencyId === yjj)?.version).toBe(2);
    expect((await coord.inspectionCaps.history({ agencyId: yjj, year: 2026 })).versions.map((v) => v.version)).toEqual([2, 1]);
    const pub = await (await callerFor(demo.handle.db, {})).public.inspectionCaps({ regionCode: '350881', year: 2026 });
    expect(pub.versions.find((v) => v.agencyName === v2.agencyName)?.lines.map((l) => l.maxPerYear)).toEqual([2, 4]);

    const duplicate = await refusal(coord.inspectionCaps.publish({ agencyId: yjj, year: 2026, lines: [line(2), line(3)] }));
    expect(duplicate.code).toBe('BAD_REQUEST');
    expect(duplicate.cause).toMatchObject({ issues: [{ field: 'lines.1.sectorCode', message: '第2行与第1行是同一类企业' }] });
    const unknown = await refusal(coord.inspectionCaps.publish({ agencyId: yjj, year: 2026, lines: [line(2, { sectorCode: 'no_such_sector' })] }));
    expect(unknown.cause).toMatchObject({ issues: [{ field: 'lines.0.sectorCode' }] });
    // Another agency's coordinator may not publish 应急局's caps; the inspector may not publish at all.
    expect(await codeOf((await demo.world.as('scj.coord', NOW)).inspectionCaps.publish({ agencyId: yjj, year: 2026, lines: [line(9)] }))).toBe('FORBIDDEN');
    expect((await (await demo.world.as('yjj.insp1', NOW)).inspectionCaps.list({ year: 2026 })).canPublish).toBe(false);
    expect((await coord.inspectionCaps.history({ agencyId: yjj, year: 2026 })).versions).toHaveLength(2);
  });

  it('shows an enterprise’s ledger per agency and kind against each cap, with its warnings and the advice to merge', async () => {
    const { objectId, yjj, scj } = await inspectedEnterprise();
    await (await demo.world.as('scj.coord', NOW)).inspectionCaps.publish({ agencyId: scj, year: 2026, lines: [line(4)] });
    const ledger = await (await demo.world.as('yjj.coord', NOW)).inspectionCaps.ledger({ objectId, year: 2026 });
    const byAgency = new Map(ledger.agencies.map((a) => [a.agencyId, a]));
    expect(byAgency.get(yjj)).toMatchObject({
      checks: 2,
      jointChecks: 1,
      byKind: { routine: 2, campaign: 0, case: 0 },
      maxPerYear: 2,
      remaining: 0,
      nextCheck: 'exceeds',
    });
    expect(byAgency.get(scj)).toMatchObject({ checks: 1, jointChecks: 1, maxPerYear: 4, remaining: 3, nextCheck: 'within' });
    expect(ledger.warnings.map((w) => w.kind)).toEqual(['multi_agency', 'repeat', 'high_frequency']);
    expect(ledger.warnings.find((w) => w.kind === 'high_frequency')?.agencyIds).toEqual([yjj]);
    expect(ledger.advice).toBe(`该企业近期已被${byAgency.get(scj)!.agencyName}检查，建议合并为联合检查（综合查一次）`);
    // Read with the enterprise: 生态环境局 neither supervises it nor shares a task on it.
    expect(await codeOf((await demo.world.as('sthj.coord', NOW)).inspectionCaps.ledger({ objectId, year: 2026 }))).toBe('NOT_FOUND');
  });

  it('flags a joint task’s enterprises before scheduling and advises bringing in the agencies that inspected them lately', async () => {
    const { objectId, yjj, scj } = await inspectedEnterprise();
    const db = demo.handle.db;
    const xf = demo.world.agencyId('xf');
    const window = { inspectionStartsOn: '2026-06-15', inspectionEndsOn: '2026-06-30' };
    const scjName = (await (await demo.world.as('scj.coord', NOW)).auth.me()).user.agency!.name;
    // With 市场监管局 in the task there is nobody left to bring in.
    const withScj = await makeJointTask(db, { regionCode: '350881', leadAgencyId: yjj, partnerAgencyIds: [scj], ...window });
    await makeCheck(db, { regionCode: '350881', ...withScj, objectId });
    const joint = await (await demo.world.as('scj.coord', NOW)).tasks.capWarnings({ taskId: withScj.taskId });
    expect(joint.rows).toHaveLength(1);
    expect(joint.rows[0]).toMatchObject({ objectId, outsideAgencyNames: [], advice: null });
    expect(joint.rows[0]!.kinds).toContain('multi_agency');
    // Without it, the advice names it; an agency outside the task reads nothing.
    const task = await makeJointTask(db, { regionCode: '350881', leadAgencyId: yjj, partnerAgencyIds: [xf], ...window });
    await makeCheck(db, { regionCode: '350881', ...task, objectId });
    const result = await (await demo.world.as('yjj.coord', NOW)).tasks.capWarnings({ taskId: task.taskId });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ objectId, outsideAgencyNames: [scjName] });
    expect(result.rows[0]!.advice).toBe(`该企业近期已被${scjName}检查，建议合并为联合检查（综合查一次）`);
    expect(await codeOf((await demo.world.as('sthj.coord', NOW)).tasks.capWarnings({ taskId: task.taskId }))).toBe('NOT_FOUND');
  });

  it('lists warnings region-wide for the leadership group, the own scope for an agency, none for an inspector', async () => {
    const { objectId } = await inspectedEnterprise();
    const all = async (username: string) => {
      const api = await demo.world.as(username, NOW);
      const ids: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 100; page++) {
        const result = await api.inspectionCaps.warnings({ year: 2026, limit: 200, ...(after ? { after } : {}) });
        ids.push(...result.rows.map((r) => r.objectId));
        if (result.next === null) return { ids, regionWide: result.regionWide };
        after = result.next;
      }
      throw new Error('more than 100 pages');
    };
    const leadership = await all('ldxz.zhang');
    expect(leadership.regionWide).toBe(true);
    expect(leadership.ids).toContain(objectId);
    expect((await all('scj.coord')).ids).toContain(objectId);
    const sthj = await all('sthj.coord');
    expect(sthj.regionWide).toBe(false);
    expect(sthj.ids).not.toContain(objectId);
    expect(await codeOf((await demo.world.as('yjj.insp1', NOW)).inspectionCaps.warnings({ year: 2026 }))).toBe('FORBIDDEN');
  });

  it('gives the leadership group the 联合检查率 against its target, the breaches with approvals, and the 年报 CSV', async () => {
    const { objectId, yjj } = await inspectedEnterprise();
    // A third check of 应急局 passes its cap of 2.
    const third = await makeJointTask(demo.handle.db, {
      regionCode: '350881',
      leadAgencyId: yjj,
      inspectionStartsOn: '2026-06-01',
      inspectionEndsOn: '2026-06-30',
    });
    await makeCheck(demo.handle.db, { regionCode: '350881', ...third, objectId, scheduledOn: '2026-06-09' });
    const leadership = await demo.world.as('ldxz.zhang', NOW);
    const figures = await leadership.inspectionCaps.figures({ year: 2026 });
    expect(figures.targetBp).toBe(6000);
    expect(figures.jointRateBp).toBe(Math.floor((figures.jointChecks * 10_000) / figures.checks));
    const own = figures.agencies.find((a) => a.agencyId === yjj)!;
    expect(own.checks).toBe(own.routine + own.campaign + own.case);
    expect(own.breaches).toBeGreaterThanOrEqual(1);

    const breaches = await leadership.inspectionCaps.breaches({ year: 2026, agencyId: yjj, limit: 200 });
    expect(breaches.rows.find((b) => b.objectId === objectId)).toMatchObject({ checks: 3, maxPerYear: 2, approvals: [] });

    const file = await leadership.inspectionCaps.report({ year: 2026 });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(file.filename).toBe('2026年度行政检查频次统计.csv');
    expect(text.startsWith('\ufeff部门,日常检查,专项检查,个案检查,检查合计,检查企业数,联合检查,联合检查率（%）')).toBe(true);
    expect(text).toContain(`${own.agencyName},${own.routine},${own.campaign},${own.case},${own.checks},${own.enterprises},${own.jointChecks},`);
    // An agency's office reads its own figures, not another agency's.
    expect(await codeOf((await demo.world.as('scj.coord', NOW)).inspectionCaps.figures({ year: 2026, agencyId: yjj }))).toBe('FORBIDDEN');
  });

  it('lets a 个案 check past the cap through, shown as exempt; a 专项 check past it needs the head’s approval with a stated exemption, recorded', async () => {
    const { objectId, yjj } = await inspectedEnterprise();
    const owner = { regionCode: '350881', agencyId: yjj };
    const officers = [await makeInspector(demo.handle.db, owner), await makeInspector(demo.handle.db, owner)];
    const coord = await demo.world.as('yjj.coord', NOW);
    const filed = await coord.caseChecks.request({
      objectId,
      trigger: 'complaint',
      reason: '群众投诉',
      legalBasis: '《安全生产法》第六十五条',
      windowFrom: '2026-06-12',
      windowTo: '2026-06-13',
      officerIds: officers,
    });
    expect((await coord.caseChecks.get({ id: filed.id })).cap).toEqual({ year: 2026, used: 2, max: 2, standing: 'exceeds', exemption: 'case_trigger' });

    const db = demo.handle.db;
    const scope = { regionCode: '350881' };
    const base = { agencyId: yjj, agencyName: '应急局', objectId, year: 2026, checkRef: null, at: NOW };
    const missing = await assertCampaignCheckCap(db, scope, { ...base, deployedByHigherLevel: false, approval: null }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ kind: 'precondition_failed', issues: [{ field: 'capOverride.approvedBy' }, { field: 'capOverride.statedExemption' }] });
    const coordinator = { userId: await findUserId(db, 'yjj.coord'), roles: ['coordinator' as const], agencyId: yjj };
    const notHead = await assertCampaignCheckCap(db, scope, {
      ...base,
      deployedByHigherLevel: false,
      approval: { approver: coordinator, statedExemption: '防汛专项' },
    }).catch((e: unknown) => e);
    expect(notHead).toMatchObject({ kind: 'forbidden', reason: 'inspection_cap' });
    // Deployed by a higher level: exempt, nothing to record.
    expect(await assertCampaignCheckCap(db, scope, { ...base, deployedByHigherLevel: true, approval: null })).toEqual({
      standing: 'exceeds',
      verdict: 'exempt',
      overrideId: null,
    });

    const head = { userId: await findUserId(db, 'yjj.leader'), roles: ['agency_leader' as const], agencyId: yjj };
    const approved = await assertCampaignCheckCap(db, scope, {
      ...base,
      deployedByHigherLevel: false,
      approval: { approver: head, statedExemption: '汛期尾矿库专项排查' },
    });
    expect(approved).toMatchObject({ standing: 'exceeds', verdict: 'needs_approval', overrideId: expect.any(String) });
    const breaches = await (await demo.world.as('ldxz.zhang', NOW)).inspectionCaps.breaches({ year: 2026, agencyId: yjj, limit: 200 });
    // The enterprise is at (not past) the cap: the approval waits for the campaign check it allows.
    expect(breaches.rows.find((b) => b.objectId === objectId)).toBeUndefined();
  });

  it('a head approving an own-level 专项 check past the cap must state the exemption; the approval records it', async () => {
    const { objectId, yjj } = await inspectedEnterprise();
    const db = demo.handle.db;
    const owner = { regionCode: '350881', agencyId: yjj };
    const officers = [await makeInspector(db, owner), await makeInspector(db, owner)];
    const coord = await demo.world.as('yjj.coord', NOW);
    await coord.inspectionCaps.publish({ agencyId: yjj, year: 2026, lines: [line(2)] });
    const campaignId = await makeCampaign(db, { ...owner, by: await findUserId(db, 'yjj.coord'), status: 'published' });
    const filed = await coord.caseChecks.request({
      objectId,
      campaignId,
      reason: '专项检查',
      legalBasis: '《危险化学品安全管理条例》',
      windowFrom: '2026-06-12',
      windowTo: '2026-06-13',
      officerIds: officers,
    });
    const leader = await demo.world.as('yjj.leader', NOW);
    expect((await leader.caseChecks.get({ id: filed.id })).cap).toMatchObject({ used: 2, max: 2, standing: 'exceeds', exemption: null });
    const bare = await refusal(leader.caseChecks.approve({ id: filed.id }));
    expect(bare.code).toBe('PRECONDITION_FAILED');
    expect((await leader.caseChecks.get({ id: filed.id })).status).toBe('submitted');
    const approved = await leader.caseChecks.approve({ id: filed.id, capExemption: '汛期尾矿库专项排查，经局务会研究' });
    expect(approved.status).toBe('approved');
    const overrides = await db
      .selectFrom('inspectionCapOverride')
      .select(['statedExemption', 'checkKind', 'checkRef'])
      .where('checkRef', '=', filed.id)
      .execute();
    expect(overrides).toEqual([{ statedExemption: '汛期尾矿库专项排查，经局务会研究', checkKind: 'campaign', checkRef: filed.id }]);
  });
});
