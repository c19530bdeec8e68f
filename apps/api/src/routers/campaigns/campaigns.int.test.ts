import { describe, expect, it } from 'vitest';
import { makeInspector, testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { callerFor } from '../../testing/caller.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);

/** A plan of 应急局 for `year` (each test its own year, so their quotas stay apart). */
const plan = (year: number, extra: Record<string, unknown> = {}) => ({
  year,
  name: `${year}年危险化学品安全专项检查`,
  legalBasis: '《危险化学品安全管理条例》第六条',
  content: '危险化学品储存场所、重大危险源管控、特殊作业管理',
  scopeSectors: ['C26'],
  scopeCount: 30,
  scopeNote: '辖区危险化学品生产、储存企业',
  windowFrom: `${year}-04-01`,
  windowTo: `${year}-06-30`,
  ...extra,
});

const eventsOf = (id: string) =>
  demo.handle.db
    .selectFrom('auditEvent')
    .select('action')
    .where('subjectKind', '=', 'inspection_campaign')
    .where('subjectId', '=', id)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => r.action));

/** A campaign of 应急局 taken through approval, 备案 and publication. */
async function publishedCampaign(year: number) {
  const coord = await demo.world.as('yjj.coord', at('2026-03-01'));
  const leadership = await demo.world.as('ldxz.zhang', at('2026-03-02'));
  const made = await coord.campaigns.create(plan(year));
  await coord.campaigns.submit({ id: made.id });
  await leadership.campaigns.approve({ id: made.id });
  await leadership.campaigns.file({ id: made.id, filingNo: `漳应急专备〔${year}〕1号`, filedWith: '漳平市人民政府' });
  await coord.campaigns.publish({ id: made.id });
  return made;
}

describe(`专项检查 on ${testDbKind()}`, () => {
  it('plan → submitted → the leadership group approves and files it → the agency publishes it → the public reads it; each step audited, whose turn it is said', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-03-01'));
    const made = await coord.campaigns.create({ ...plan(2026), level: 'higher', deployedBy: '福建省应急管理厅' });
    expect(made).toMatchObject({ status: 'draft', level: 'higher', deployedBy: '福建省应急管理厅', agencyName: '漳平市应急管理局', year: 2026 });
    const draft = await coord.campaigns.get({ id: made.id });
    expect(draft.can).toEqual({ submit: true, approve: false, reject: false, file: false, publish: false, close: false, withdraw: true });
    expect(draft.next).toEqual({ who: '部门抽查协调员', action: '完善检查计划并提交领导小组审批' });
    expect(draft.quota).toEqual({ year: 2026, quota: 2, isDefault: true, counted: 0 });

    const anyone = await callerFor(demo.handle.db);
    expect((await refusal(anyone.campaigns.publicGet({ regionCode: '350881', id: made.id }))).code).toBe('NOT_FOUND');

    await coord.campaigns.submit({ id: made.id });
    expect((await refusal(coord.campaigns.approve({ id: made.id }))).code).toBe('FORBIDDEN');
    const leadership = await demo.world.as('ldxz.zhang', at('2026-03-02'));
    const waiting = await leadership.campaigns.get({ id: made.id });
    expect(waiting.can).toMatchObject({ approve: true, reject: true, file: false, submit: false, publish: false });
    expect(waiting.next).toEqual({ who: '领导小组', action: '审批检查计划（批准或不予批准）' });
    const approved = await leadership.campaigns.approve({ id: made.id, note: '同意开展' });
    expect(approved).toMatchObject({
      status: 'approved',
      decisionNote: '同意开展',
      decidedByName: expect.any(String),
      publishBy: '2026-04-02',
      publicationLate: false,
    });
    expect(await refusal(coord.campaigns.publish({ id: made.id }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '该专项检查当前状态为“已批准（待备案）”，不能公布：仅“已备案（待公布）”状态可以',
    });
    expect((await refusal(coord.campaigns.file({ id: made.id, filingNo: 'x', filedWith: 'y' }))).code).toBe('FORBIDDEN');
    const filed = await leadership.campaigns.file({ id: made.id, filingNo: '漳应急专备〔2026〕1号', filedWith: '漳平市人民政府' });
    expect(filed).toMatchObject({ status: 'filed', filingNo: '漳应急专备〔2026〕1号', filedWith: '漳平市人民政府', filedByName: expect.any(String) });
    expect((await coord.campaigns.get({ id: made.id })).can.publish).toBe(true);
    expect((await leadership.campaigns.get({ id: made.id })).can.publish).toBe(false);

    const published = await (await demo.world.as('yjj.coord', at('2026-03-20'))).campaigns.publish({ id: made.id });
    expect(published).toMatchObject({ status: 'published', publicationLate: false });

    const shown = await anyone.campaigns.publicGet({ regionCode: '350881', id: made.id });
    expect(shown).toMatchObject({
      name: '2026年危险化学品安全专项检查',
      agencyName: '漳平市应急管理局',
      legalBasis: '《危险化学品安全管理条例》第六条',
      content: '危险化学品储存场所、重大危险源管控、特殊作业管理',
      scopeCount: 30,
      level: 'higher',
      windowFrom: '2026-04-01',
      windowTo: '2026-06-30',
      filingNo: '漳应急专备〔2026〕1号',
      filedWith: '漳平市人民政府',
      decidedAt: at('2026-03-02'),
    });
    // Who typed the plan in stays internal.
    expect(Object.keys(shown)).not.toContain('createdBy');
    expect(Object.keys(shown)).not.toContain('createdByName');
    const list = await anyone.campaigns.publicList({ regionCode: '350881' });
    expect(list.rows.map((r) => r.id)).toContain(made.id);
    expect((await anyone.campaigns.publicList({ regionCode: '350802' })).rows.map((r) => r.id)).not.toContain(made.id);
    expect((await refusal(anyone.campaigns.publicGet({ regionCode: '350802', id: made.id }))).code).toBe('NOT_FOUND');

    const closed = await (await demo.world.as('yjj.coord', at('2026-07-01'))).campaigns.close({ id: made.id });
    expect(closed.status).toBe('closed');
    expect((await anyone.campaigns.publicGet({ regionCode: '350881', id: made.id })).status).toBe('closed');
    expect(await eventsOf(made.id)).toEqual(['campaign.create', 'campaign.submit', 'campaign.approve', 'campaign.file', 'campaign.publish', 'campaign.close']);
  });

  it('refuses at submission a campaign beyond the agency’s yearly quota, naming it; the leadership group sets a higher quota', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-03-01'));
    const [a, b, c] = [await coord.campaigns.create(plan(2027)), await coord.campaigns.create(plan(2027)), await coord.campaigns.create(plan(2027))];
    await coord.campaigns.submit({ id: a.id });
    await coord.campaigns.submit({ id: b.id });
    const refused = await refusal(coord.campaigns.submit({ id: c.id }));
    expect(refused).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '漳平市应急管理局2027年度专项检查限额为2项，已提交或批准2项，不能再提交：如确需开展，请报领导小组调整年度限额',
    });
    expect((refused.cause as { issues?: { field: string }[] }).issues?.map((i) => i.field)).toEqual(['year']);
    expect((await coord.campaigns.get({ id: c.id })).status).toBe('draft');

    // A rejected or withdrawn plan gives its place back.
    const leadership = await demo.world.as('ldxz.zhang', at('2026-03-02'));
    await leadership.campaigns.reject({ id: b.id, note: '与省厅部署的专项重复' });
    await coord.campaigns.submit({ id: c.id });

    const d = await coord.campaigns.create(plan(2027));
    expect((await refusal(coord.campaigns.submit({ id: d.id }))).code).toBe('PRECONDITION_FAILED');
    expect((await refusal(coord.campaigns.setQuota({ agencyId: demo.world.agencyId('yjj'), year: 2027, quota: 5 }))).code).toBe('FORBIDDEN');
    expect((await refusal(coord.campaigns.quotas({ year: 2027 }))).code).toBe('FORBIDDEN');
    await leadership.campaigns.setQuota({ agencyId: demo.world.agencyId('yjj'), year: 2027, quota: 3 });
    expect((await coord.campaigns.submit({ id: d.id })).status).toBe('submitted');
    const quotas = await leadership.campaigns.quotas({ year: 2027 });
    expect(quotas.rows.find((r) => r.agencyId === demo.world.agencyId('yjj'))).toMatchObject({ quota: 3, isDefault: false, counted: 3 });
    expect(quotas.rows.find((r) => r.agencyId === demo.world.agencyId('scj'))).toMatchObject({ quota: 2, isDefault: true, counted: 0 });
  });

  it('lets a check under a campaign be requested only while it is published, by its agency, inside its window; it is approved and gets its 检查码 as a 个案检查 does', async () => {
    const campaign = await publishedCampaign(2028);
    const { objectId } = await demo.world.yjjObject();
    const owner = { regionCode: '350881', agencyId: demo.world.agencyId('yjj') };
    const officers = [await makeInspector(demo.handle.db, { ...owner, name: '专项甲' }), await makeInspector(demo.handle.db, { ...owner, name: '专项乙' })];
    const check = { objectId, reason: '专项检查抽取对象', legalBasis: '《危险化学品安全管理条例》第六条', officerIds: officers };
    const coord = await demo.world.as('yjj.coord', at('2026-03-25'));

    const outside = await refusal(coord.caseChecks.request({ ...check, campaignId: campaign.id, windowFrom: '2028-06-29', windowTo: '2028-07-02' }));
    expect(outside).toMatchObject({ code: 'PRECONDITION_FAILED', message: '检查日期须在专项检查期间 2028-04-01 至 2028-06-30 之内' });
    const both = await refusal(
      coord.caseChecks.request({ ...check, campaignId: campaign.id, trigger: 'complaint', windowFrom: '2028-04-02', windowTo: '2028-04-03' }),
    );
    expect(both.code).toBe('BAD_REQUEST');
    const neither = await refusal(coord.caseChecks.request({ ...check, windowFrom: '2028-04-02', windowTo: '2028-04-03' }));
    expect(neither.message).toContain('请选择启动原因');

    const requested = await coord.caseChecks.request({ ...check, campaignId: campaign.id, windowFrom: '2028-04-02', windowTo: '2028-04-03' });
    expect(requested).toMatchObject({
      kind: 'campaign',
      campaignId: campaign.id,
      campaignName: '2028年危险化学品安全专项检查',
      trigger: null,
      status: 'submitted',
    });
    const approved = await (await demo.world.as('yjj.leader', at('2026-03-25'))).caseChecks.approve({ id: requested.id });
    expect(approved.inspectionCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const scanned = await (await callerFor(demo.handle.db)).public.inspectionCode({ regionCode: '350881', code: approved.inspectionCode! });
    expect(scanned).toMatchObject({ kind: 'campaign', campaignName: '2028年危险化学品安全专项检查', trigger: null });
    expect((await coord.caseChecks.list({ filter: { campaignId: campaign.id } })).rows.map((r) => r.id)).toEqual([requested.id]);

    // Another agency may read the published campaign but not inspect under it.
    const scjOfficers = [
      await makeInspector(demo.handle.db, { regionCode: '350881', agencyId: demo.world.agencyId('scj'), name: '市监甲' }),
      await makeInspector(demo.handle.db, { regionCode: '350881', agencyId: demo.world.agencyId('scj'), name: '市监乙' }),
    ];
    const scj = await demo.world.as('scj.coord', at('2026-03-25'));
    const foreign = await refusal(
      scj.caseChecks.request({ ...check, officerIds: scjOfficers, campaignId: campaign.id, windowFrom: '2028-04-02', windowTo: '2028-04-03' }),
    );
    expect(foreign.message).toBe('专项检查“2028年危险化学品安全专项检查”不是本部门的专项检查');

    // Not yet published, or closed: no checks under it.
    const unpublished = await coord.campaigns.create(plan(2028, { name: '未公布的专项' }));
    const early = await refusal(coord.caseChecks.request({ ...check, campaignId: unpublished.id, windowFrom: '2028-04-02', windowTo: '2028-04-03' }));
    expect(early.message).toBe('专项检查“未公布的专项”尚未公布或已结束：须先公布检查计划，才能据此实施检查');
    await coord.campaigns.close({ id: campaign.id });
    expect((await refusal(coord.caseChecks.request({ ...check, campaignId: campaign.id, windowFrom: '2028-04-02', windowTo: '2028-04-03' }))).code).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('keeps each agency to its own; a rejection needs its reason; publication past a month after approval is flagged late', async () => {
    const coord = await demo.world.as('yjj.coord', at('2026-03-01'));
    const made = await coord.campaigns.create(plan(2029));
    const scj = await demo.world.as('scj.coord', at('2026-03-01'));
    expect((await refusal(scj.campaigns.get({ id: made.id }))).code).toBe('NOT_FOUND');
    expect((await refusal(scj.campaigns.withdraw({ id: made.id }))).code).toBe('NOT_FOUND');
    expect((await scj.campaigns.list({})).rows.map((r) => r.id)).not.toContain(made.id);
    const leadership = await demo.world.as('ldxz.zhang', at('2026-03-02'));
    expect((await leadership.campaigns.list({ filter: { year: 2029, agencyId: demo.world.agencyId('yjj') } })).rows.map((r) => r.id)).toEqual([made.id]);
    expect((await leadership.campaigns.list({})).canCreate).toBe(false);
    expect((await coord.campaigns.list({})).canCreate).toBe(true);
    expect((await refusal(leadership.campaigns.create(plan(2029)))).code).toBe('FORBIDDEN');

    await coord.campaigns.submit({ id: made.id });
    expect((await refusal(leadership.campaigns.reject({ id: made.id, note: ' ' }))).message).toContain('不予批准须写明理由');
    await leadership.campaigns.approve({ id: made.id });
    await leadership.campaigns.file({ id: made.id, filingNo: '漳应急专备〔2029〕1号', filedWith: '漳平市人民政府' });
    const overdue = await (await demo.world.as('yjj.coord', at('2026-04-05'))).campaigns.get({ id: made.id });
    expect(overdue).toMatchObject({ publishBy: '2026-04-02', publicationLate: true });
    expect((await (await demo.world.as('yjj.coord', at('2026-04-05'))).campaigns.publish({ id: made.id })).publicationLate).toBe(true);

    const bad = await refusal(coord.campaigns.create(plan(2029, { windowFrom: '2029-05-01', windowTo: '2030-01-31' })));
    expect((bad.cause as { issues?: { field: string }[] }).issues?.map((i) => i.field)).toEqual(['windowTo']);
    const higher = await refusal(coord.campaigns.create(plan(2029, { level: 'higher' })));
    expect(higher.message).toContain('上级部署的专项检查须写明部署机关');
    const withdrawn = await coord.campaigns.create(plan(2029));
    expect((await coord.campaigns.withdraw({ id: withdrawn.id })).status).toBe('withdrawn');
  });
});
