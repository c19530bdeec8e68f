import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { insertPublication, type DbHandle } from '@liancha/db';
import { createTestDb, findUserId, sql, testDbKind, workflowRows, type WorkflowRows } from '@liancha/db/testing';
import { callerFor } from '../../testing/caller.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { sessionTokenFor } from '../../testing/session.js';
import { codeOf, reasonOf } from '../../testing/refusal.js';

describe(`publications (公示) on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  let fx: WorkflowRows;
  let yjj: string;
  let scj: string;
  const PHONE = '13912345678';

  /** A caller whose clock reads `instant` (a session valid then). */
  async function asAt(username: string, instant: string) {
    const now = new Date(instant);
    return callerFor(handle.db, { token: await sessionTokenFor(handle.db, username, now), now });
  }

  /** A fireworks firm under 应急局 and 市场监管局, checked in a joint task of both, ended on `endedOn`. */
  async function jointCheck(endedOn: string | null, results: { yjj?: string; scj?: string; status?: 'approved' | 'submitted' } = {}) {
    const objectId = await fx.object({ sectorCode: 'fireworks', townshipCode: '350881001', supervisedBy: [yjj, scj] });
    const yjjItem = await fx.item(yjj, '烟花爆竹经营单位安全检查');
    const scjItem = await fx.item(scj, '特种设备使用登记检查');
    const task = await fx.task({
      lead: yjj,
      partners: [scj],
      itemIds: [
        { itemId: yjjItem, agencyId: yjj },
        { itemId: scjItem, agencyId: scj },
      ],
    });
    const drawId = await fx.draw(task.id);
    const inspectorId = await fx.inspector(yjj, { name: '王检查', phone: PHONE });
    const checkId = await fx.check({ taskId: task.id, drawId, objectId, endedOn, team: [{ inspectorId, agencyId: yjj, role: 'leader' }] });
    const status = results.status ?? 'approved';
    if (results.yjj)
      await fx.result({
        checkId,
        agencyId: yjj,
        itemId: yjjItem,
        resultCode: results.yjj,
        status,
        findings: `负责人联系电话${PHONE}，身份证号350881198001011234`,
      });
    if (results.scj) await fx.result({ checkId, agencyId: scj, itemId: scjItem, resultCode: results.scj, status });
    return { checkId, taskId: task.id, objectId };
  }

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    fx = workflowRows(handle.db, '350881');
    yjj = world.agencyId('yjj');
    scj = world.agencyId('scj');
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('puts an annual plan on 公示 when its coordinator publishes it, and only then', async () => {
    const itemId = await fx.item(yjj, '非煤矿山安全生产检查');
    const draft = await fx.plan({ agencyId: yjj, year: 2025, status: 'draft', itemIds: [itemId] });
    const coord = await world.as('yjj.coord');
    expect(await reasonOf(coord.plans.publish({ id: draft.id }))).toBe('plan_state');

    const plan = await fx.plan({ agencyId: yjj, year: 2025, version: 2, status: 'approved', itemIds: [itemId] });
    expect(await codeOf((await world.as('yjj.leader')).plans.publish({ id: plan.id }))).toBe('FORBIDDEN');
    expect(await codeOf((await world.as('scj.coord')).plans.publish({ id: plan.id }))).toBe('NOT_FOUND');
    const { publicationId } = await coord.plans.publish({ id: plan.id });
    const published = (await (await world.as('ldxz.zhang')).publications.list({ regionCode: '350881', filter: { kind: 'annual_plan', subjectId: plan.id } }))
      .rows[0]!;
    expect(published).toMatchObject({ id: publicationId, kind: 'annual_plan', subjectId: plan.id, agencyId: yjj, dueOn: null, correctsId: null });
    expect(await codeOf(coord.plans.publish({ id: plan.id }))).toBe('PRECONDITION_FAILED');

    const row = await (await callerFor(handle.db)).publications.get({ regionCode: '350881', id: published.id });
    expect(row.title).toBe('漳平市应急管理局2025年度“双随机、一公开”抽查工作计划（第2版）');
    expect(row.payload).toMatchObject({
      kind: 'annual_plan',
      region: { code: '350881', name: '漳平市' },
      plan: { code: 'yjj-2025-V2', year: 2025, version: 2, ratioFloorBp: 1000 },
      items: [{ name: '非煤矿山安全生产检查', category: 'general' }],
    });
    expect((row.payload as { batches: unknown[] }).batches).toHaveLength(4);
    const audit = await handle.db.selectFrom('auditEvent').select(['action', 'subjectKind']).where('subjectId', '=', published.id).execute();
    expect(audit).toEqual([{ action: 'publication.publish.annual_plan', subjectKind: 'publication' }]);
  });

  it('publishes a task with its drawn list and the complete proof bundle, 回避 pairs without personal reasons', async () => {
    const objects = await Promise.all(
      [0, 1].map(() => fx.object({ sectorCode: 'fireworks', townshipCode: '350881001', supervisedBy: [yjj, scj], name: undefined })),
    );
    const rows = await handle.db.selectFrom('object').select(['id', 'uscc', 'name']).where('id', 'in', objects).orderBy('uscc').execute();
    const plan = await fx.plan({ agencyId: yjj, year: 2025, version: 3 });
    const task = await fx.task({
      lead: yjj,
      partners: [scj],
      planBatchId: plan.batchIds[2]!,
      title: '2025年第三季度烟花爆竹联合抽查',
      backfillReason: '纸质检查记录补录',
    });
    const coord = await world.as('yjj.coord');
    expect(await reasonOf(coord.publications.publishTask({ taskId: task.id }))).toBe('draw_not_done');

    const bundle = {
      algorithm: 'liancha-draw/1',
      commitment: 'c'.repeat(64),
      commitmentInputs: {
        algorithm: 'liancha-draw/1',
        team: {
          roster: [{ certNo: 'ZF001', agencyId: 'zp-yjj', role: 'officer', expertise: [], township: null, maxChecks: 5, certificateExpiresOn: '2027-12-31' }],
          excludedInspectors: [],
          conflicts: [{ certNo: 'ZF001', uscc: rows[0]!.uscc, reasons: ['other'] }],
        },
        // An enterprise of the pool that was not drawn: only the bundle names it.
        pool: { eligible: [{ uscc: '91350881POOLONLY0X' }] },
      },
      reveals: [{ source: 'witness', value: '123456' }],
      seed: 'd'.repeat(64),
      objects: [],
      teams: null,
      substitutions: [],
    };
    await fx.draw(task.id, { bundle, drawn: rows.map((r) => ({ objectId: r.id, uscc: r.uscc })) });
    expect(await codeOf((await world.as('scj.coord')).publications.publishTask({ taskId: task.id }))).toBe('FORBIDDEN');
    const published = await coord.publications.publishTask({ taskId: task.id });

    const row = await (await callerFor(handle.db)).publications.get({ regionCode: '350881', id: published.id });
    expect(row.payload).toMatchObject({
      kind: 'joint_task',
      plan: { code: 'yjj-2025-V3', batch: { seq: 3, name: '第3季度' } },
      task: { code: task.code, title: '2025年第三季度烟花爆竹联合抽查', type: '定向', joint: true, backfillReason: '纸质检查记录补录' },
      agencies: [
        { name: '漳平市应急管理局', role: '牵头部门' },
        { name: '漳平市市场监督管理局', role: '配合部门' },
      ],
      drawnCount: 2,
      drawnList: rows.map((r, i) => ({ no: i + 1, name: r.name, uscc: r.uscc })),
      draw: { algorithm: 'liancha-draw/1', commitment: 'c'.repeat(64) },
    });
    // The bundle is published beside the payload: the page reads a digest, the verifier the bundle.
    expect(row.payload).not.toHaveProperty('draw.bundle');
    expect(row.proof).toMatchObject({ strata: [], substitutions: [], bundleBytes: Buffer.byteLength(JSON.stringify(bundle)) });
    const publishedBundle = (await (await callerFor(handle.db)).publications.bundle({ regionCode: '350881', id: published.id })) as typeof bundle;
    expect(publishedBundle).toEqual(bundle);
    expect(publishedBundle.commitmentInputs.team.conflicts).toEqual([{ certNo: 'ZF001', uscc: rows[0]!.uscc, reasons: ['other'] }]);
    expect(JSON.stringify([row, publishedBundle])).not.toContain('kinship');
    // A bundle published before digests were kept (moved out of its payload by the migration): its digest is worked out when asked.
    const earlier = await insertPublication(
      handle.db,
      { regionCode: '350881' },
      {
        agencyId: published.agencyId,
        kind: 'joint_task',
        subjectId: randomUUID(),
        title: '早前的抽查任务公告',
        payload: { kind: 'joint_task' },
        bundle,
        dueOn: null,
        publishedAt: new Date(),
        publishedBy: await findUserId(handle.db, 'yjj.coord'),
        correctsId: null,
      },
    );
    expect((await (await callerFor(handle.db)).publications.get({ regionCode: '350881', id: earlier })).proof).toEqual(row.proof);

    // The public finds the task by a drawn enterprise's name or USCC, not by one only in the pool.
    const search = async (text: string) =>
      (await (await callerFor(handle.db)).publications.list({ regionCode: '350881', filter: { search: text } })).rows.map((r) => r.id);
    expect(await search(rows[1]!.uscc)).toContain(published.id);
    expect(await search(rows[1]!.name.slice(2))).toContain(published.id);
    expect(await search('POOLONLY')).toEqual([]);
  });

  it('publishes each agency’s own results of a check once approved, due 20 working days after the end', async () => {
    const { checkId } = await jointCheck('2025-01-24', { yjj: 'no_problem', scj: 'ordered_to_rectify', status: 'submitted' });
    const yjjCoord = await world.as('yjj.coord');
    const scjCoord = await world.as('scj.coord');
    expect(await reasonOf(yjjCoord.publications.publishResults({ checkId }))).toBe('results_not_approved');
    await handle.db.updateTable('checkResult').set({ status: 'approved' }).where('checkId', '=', checkId).execute();

    // 谁检查、谁公开: a coordinator publishes only their own agency's results.
    expect(await codeOf(yjjCoord.publications.publishResults({ checkId, agencyId: scj }))).toBe('FORBIDDEN');
    expect(await codeOf((await world.as('yjj.leader')).publications.publishResults({ checkId }))).toBe('FORBIDDEN');
    expect(await codeOf((await world.as('ldxz.zhang')).publications.publishResults({ checkId, agencyId: yjj }))).toBe('FORBIDDEN');
    expect(await codeOf((await world.as('xf.coord')).publications.publishResults({ checkId }))).toBe('NOT_FOUND');

    const own = await yjjCoord.publications.publishResults({ checkId });
    expect(own).toMatchObject({ kind: 'result', subjectId: checkId, agencyId: yjj, dueOn: '2025-02-27' });
    const partner = await scjCoord.publications.publishResults({ checkId });
    expect(partner).toMatchObject({ agencyId: scj, dueOn: '2025-02-27' });
    expect(await codeOf(yjjCoord.publications.publishResults({ checkId }))).toBe('CONFLICT');

    const anonymous = await callerFor(handle.db);
    const own1 = await anonymous.publications.get({ regionCode: '350881', id: own.id });
    const partner1 = await anonymous.publications.get({ regionCode: '350881', id: partner.id });
    expect(own1.payload).toMatchObject({
      kind: 'result',
      agency: { name: '漳平市应急管理局' },
      completedOn: '2025-01-24',
      result: '未发现问题',
      dueOn: '2025-02-27',
    });
    expect(partner1.payload).toMatchObject({
      agency: { name: '漳平市市场监督管理局' },
      result: '发现问题已责令限期整改',
      items: [{ name: '特种设备使用登记检查', result: '发现问题已责令限期整改' }],
    });
    for (const text of [JSON.stringify(own1), JSON.stringify(partner1)]) {
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain('350881198001011234');
      expect(text).not.toContain('王检查');
      expect(text).not.toContain('publishedBy');
    }
  });

  it('refuses results of a check that has not ended or that the agency did not take part in', async () => {
    const { checkId } = await jointCheck(null, { yjj: 'no_problem' });
    const coord = await world.as('yjj.coord');
    expect(await reasonOf(coord.publications.publishResults({ checkId }))).toBe('check_not_ended');
    const ended = await jointCheck('2025-03-03', { scj: 'no_problem' });
    expect(await reasonOf(coord.publications.publishResults({ checkId: ended.checkId }))).toBe('results_missing');
  });

  it('puts a sanction on 公示 when its approved decision is published', async () => {
    const objectId = await fx.object({ sectorCode: 'fireworks', townshipCode: '350881001', supervisedBy: [yjj] });
    const draft = await fx.sanction({ agencyId: yjj, objectId, status: 'draft' });
    const coord = await world.as('yjj.coord');
    expect(await codeOf(coord.sanctions.publish({ id: draft }))).toBe('PRECONDITION_FAILED');
    const sanctionId = await fx.sanction({ agencyId: yjj, objectId, fineFen: 2_000_000, status: 'approved' });
    expect(await codeOf((await world.as('scj.coord')).sanctions.publish({ id: sanctionId }))).toBe('NOT_FOUND');
    const published = { id: (await coord.sanctions.publish({ id: sanctionId })).publicationId };
    const row = await (await callerFor(handle.db)).publications.get({ regionCode: '350881', id: published.id });
    expect(row.payload).toMatchObject({ kind: 'sanction', fineYuan: '20000.00', decidedOn: '2025-06-10', agency: { name: '漳平市应急管理局' } });
  });

  it('keeps published records immutable: SQL changes are refused, corrections chain to the old record', async () => {
    const objectId = await fx.object({ sectorCode: 'fireworks', townshipCode: '350881001', supervisedBy: [yjj] });
    const sanctionId = await fx.sanction({ agencyId: yjj, objectId, status: 'approved' });
    const coord = await world.as('yjj.coord');
    const firstId = (await coord.sanctions.publish({ id: sanctionId })).publicationId;
    const first = await (await callerFor(handle.db)).publications.get({ regionCode: '350881', id: firstId });

    await expect(sql`update publication set title = '篡改' where id = ${first.id}`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from publication where id = ${first.id}`.execute(handle.db)).rejects.toThrow(/append-only/);
    // A second original of the same subject cannot slip in beside the first, even behind the API's back.
    await expect(
      sql`insert into publication (region_code, agency_id, kind, subject_id, title, payload) values ('350881', ${yjj}, 'sanction', ${sanctionId}, '重复', '{}'::jsonb)`.execute(
        handle.db,
      ),
    ).rejects.toThrow(/publication_original_unique/);

    expect(await codeOf((await world.as('scj.coord')).publications.correct({ id: first.id, reason: '金额有误' }))).toBe('FORBIDDEN');
    expect(await codeOf((await world.as('xl.coord')).publications.correct({ id: first.id, reason: '金额有误' }))).toBe('NOT_FOUND');
    const second = await coord.publications.correct({ id: first.id, reason: '处罚依据条款引用有误' });
    expect(second).toMatchObject({ correctsId: first.id, kind: 'sanction', subjectId: sanctionId });
    expect(await codeOf(coord.publications.correct({ id: first.id, reason: '再次更正' }))).toBe('CONFLICT');
    const third = await coord.publications.correct({ id: second.id, reason: '再次更正' });

    const anonymous = await callerFor(handle.db);
    const old = await anonymous.publications.get({ regionCode: '350881', id: first.id });
    expect(old).toMatchObject({ title: first.title, correctedById: second.id, correctsId: null });
    const correction = await anonymous.publications.get({ regionCode: '350881', id: second.id });
    expect(correction.title).toBe(`【更正】${first.title}`);
    expect(correction.payload).toMatchObject({ correction: { correctsId: first.id, reason: '处罚依据条款引用有误' } });
    const chain = await anonymous.publications.list({ regionCode: '350881', filter: { subjectId: sanctionId } });
    expect(chain.rows.map((r) => [r.id, r.correctsId, r.correctedById])).toEqual(
      expect.arrayContaining([
        [first.id, null, second.id],
        [second.id, first.id, third.id],
        [third.id, second.id, null],
      ]),
    );
    const current = await anonymous.publications.list({ regionCode: '350881', filter: { subjectId: sanctionId, currentOnly: true } });
    expect(current.rows.map((r) => r.id)).toEqual([third.id]);
    const events = await handle.db.selectFrom('auditEvent').select('action').where('subjectId', 'in', [second.id, third.id]).execute();
    expect(events.map((e) => e.action)).toEqual(['publication.correct', 'publication.correct']);
  });

  it('puts an agency’s 随机抽查事项清单 on 公示 as its published items stand, a new version each time', async () => {
    const coord = await world.as('sthj.coord');
    const sthj = (await coord.auth.me()).user.agency!.id;
    expect(await reasonOf(coord.publications.publishItemList({}))).toBe('no_published_items');
    const items = (await coord.registry.items.list({ filter: { agencyId: sthj }, pageSize: 10 })).rows;
    expect(items.length).toBeGreaterThan(1);
    await coord.registry.items.publish({ id: items[0]!.id });
    const first = await coord.publications.publishItemList({});
    const anonymous = await callerFor(handle.db);
    expect((await anonymous.publications.get({ regionCode: '350881', id: first.id })).payload).toMatchObject({
      kind: 'item_list',
      agency: { name: '龙岩市漳平生态环境局' },
      count: 1,
      items: [{ code: items[0]!.code, name: items[0]!.name, legalBasis: items[0]!.legalBasis }],
    });
    await coord.registry.items.publish({ id: items[1]!.id });
    const second = await coord.publications.publishItemList({});
    expect(second.correctsId).toBe(first.id);
    expect((await anonymous.publications.get({ regionCode: '350881', id: second.id })).payload).toMatchObject({ count: 2 });
    const current = await anonymous.publications.list({ regionCode: '350881', filter: { kind: 'item_list', agencyId: sthj, currentOnly: true } });
    expect(current.rows.map((r) => r.id)).toEqual([second.id]);
    // Only the agency's own coordinator publishes its list.
    expect(await codeOf((await world.as('yjj.coord')).publications.publishItemList({ agencyId: sthj }))).toBe('FORBIDDEN');
    expect(await codeOf((await world.as('sthj.leader')).publications.publishItemList({}))).toBe('FORBIDDEN');
  });

  it('lists publications to the public without login, by region, kind and agency, paged', async () => {
    const anonymous = await callerFor(handle.db);
    const all = await anonymous.publications.list({ regionCode: '350881', pageSize: 200 });
    expect(all.total).toBeGreaterThanOrEqual(7);
    const results = await anonymous.publications.list({ regionCode: '350881', filter: { kind: 'result' } });
    expect(results.rows.length).toBeGreaterThan(0);
    expect(results.rows.every((r) => r.kind === 'result')).toBe(true);
    const scjOnly = await anonymous.publications.list({ regionCode: '350881', filter: { agencyId: scj } });
    expect(scjOnly.rows.every((r) => r.agencyId === scj && r.agencyName === '漳平市市场监督管理局')).toBe(true);
    const page2 = await anonymous.publications.list({ regionCode: '350881', page: 2, pageSize: 2 });
    expect(page2.rows).toHaveLength(2);
    expect(page2.rows[0]!.id).toBe(all.rows[2]!.id);
    expect(all.rows[0]).not.toHaveProperty('payload');
    expect((await anonymous.publications.list({ regionCode: '350802' })).total).toBe(0);
    expect(await codeOf(anonymous.publications.get({ regionCode: '350802', id: all.rows[0]!.id }))).toBe('NOT_FOUND');
    expect(await codeOf(anonymous.publications.publishTask({ taskId: all.rows[0]!.subjectId }))).toBe('UNAUTHORIZED');
  });

  it('pages the public list by keyset: the pages after a cursor are the offset pages, without a count', async () => {
    const anonymous = await callerFor(handle.db);
    const all = await anonymous.publications.list({ regionCode: '350881', pageSize: 200 });
    const seen: string[] = [];
    let page = await anonymous.publications.list({ regionCode: '350881', pageSize: 2 });
    seen.push(...page.rows.map((r) => r.id));
    while (page.nextCursor) {
      page = await anonymous.publications.list({ regionCode: '350881', pageSize: 2, after: page.nextCursor });
      expect(page.totalCapped).toBe(true);
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(seen).toEqual(all.rows.map((r) => r.id));
    const kind = all.rows[0]!.kind;
    const first = await anonymous.publications.list({ regionCode: '350881', pageSize: 1, filter: { kind } });
    const next = await anonymous.publications.list({ regionCode: '350881', pageSize: 200, filter: { kind }, after: first.nextCursor! });
    expect(next.rows.every((r) => r.kind === kind)).toBe(true);
    expect(next.rows.map((r) => r.id)).not.toContain(first.rows[0]!.id);
  });

  it('lists what is due and what is overdue on a moved clock, in Beijing days', async () => {
    // Due 2025-10-30 (国庆+中秋 1–8 October; 28 Sept and 11 Oct worked) and 2025-11-17.
    const early = await jointCheck('2025-09-26', { yjj: 'no_problem', scj: 'no_problem' });
    const late = await jointCheck('2025-10-20', { yjj: 'no_problem' });
    const mine = (rows: { checkId: string; agencyId: string; dueOn: string | null; overdue: boolean }[]) =>
      rows
        .filter((r) => r.checkId === early.checkId || r.checkId === late.checkId)
        .map((r) => [r.checkId === early.checkId ? 'early' : 'late', r.agencyId === yjj ? 'yjj' : 'scj', r.dueOn, r.overdue]);

    // 23:59 on the due day in Beijing: due, not overdue.
    const onDueDay = await asAt('yjj.coord', '2025-10-30T15:59:00Z');
    expect(mine((await onDueDay.publications.due({})).rows)).toEqual([
      ['early', 'yjj', '2025-10-30', false],
      ['late', 'yjj', '2025-11-17', false],
    ]);
    expect(mine((await onDueDay.publications.overdue({})).rows)).toEqual([]);
    // One minute later it is 31 October in Beijing: overdue.
    const nextDay = await asAt('yjj.coord', '2025-10-30T16:00:00Z');
    const overdue = await nextDay.publications.overdue({});
    expect(overdue.today).toBe('2025-10-31');
    expect(mine(overdue.rows)).toEqual([['early', 'yjj', '2025-10-30', true]]);
    expect(overdue.rows.every((r) => r.overdue && r.agencyId === yjj)).toBe(true);

    // The leadership sees every agency; an office only its own.
    const leadership = await asAt('ldxz.zhang', '2025-10-31T02:00:00Z');
    expect(mine((await leadership.publications.overdue({ pageSize: 200 })).rows)).toEqual([
      ['early', 'scj', '2025-10-30', true],
      ['early', 'yjj', '2025-10-30', true],
    ]);
    expect(mine((await leadership.publications.overdue({ agencyId: scj, pageSize: 200 })).rows)).toEqual([['early', 'scj', '2025-10-30', true]]);
    expect(await codeOf(nextDay.publications.due({ agencyId: scj }))).toBe('FORBIDDEN');
    expect(await codeOf((await asAt('yjj.insp1', '2025-10-31T02:00:00Z')).publications.due({}))).toBe('FORBIDDEN');
    expect(await codeOf(leadership.publications.due({ agencyId: world.otherRegionAgencyId }))).toBe('NOT_FOUND');

    // Publishing takes it off both lists.
    await nextDay.publications.publishResults({ checkId: early.checkId });
    expect(mine((await nextDay.publications.overdue({})).rows)).toEqual([]);
    expect(mine((await nextDay.publications.due({})).rows)).toEqual([['late', 'yjj', '2025-11-17', false]]);
    const stored = await handle.db
      .selectFrom('publication')
      .select(['dueOn', 'publishedAt'])
      .where('subjectId', '=', early.checkId)
      .where('agencyId', '=', yjj)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ dueOn: '2025-10-30', publishedAt: new Date('2025-10-30T16:00:00Z') });
  });

  it('estimates deadlines in a year without an entered schedule (预计) instead of leaving them unknown', async () => {
    const december = await jointCheck('2026-12-20', { yjj: 'no_problem' });
    const coord = await asAt('yjj.coord', '2026-12-28T02:00:00Z');
    const due = await coord.publications.due({ pageSize: 200 });
    // Weekends and the statutory 元旦 (Friday 1 January 2027) only: 18 January, flagged as an estimate.
    expect(due.rows.find((r) => r.checkId === december.checkId)).toMatchObject({
      dueOn: '2027-01-18',
      dueProvisional: true,
      overdue: false,
      readyToPublish: true,
    });
    expect(due.estimatedYears).toEqual([2027]);
    // In 2027 the overdue judgment follows the estimate, flagged.
    const january = await asAt('yjj.coord', '2027-01-20T02:00:00Z');
    const overdue = await january.publications.overdue({ pageSize: 200 });
    expect(overdue.provisional).toBe(true);
    expect(overdue.rows.find((r) => r.checkId === december.checkId)).toMatchObject({ dueOn: '2027-01-18', dueProvisional: true, overdue: true });
    const timeliness = await (await asAt('ldxz.zhang', '2027-01-20T02:00:00Z')).oversight.timeliness({ agencyId: yjj });
    expect(timeliness).toMatchObject({ provisional: true, overdueIfEndedBefore: '2026-12-22', provisionalIfEndedFrom: '2026-12-04' });
    expect(timeliness.rows[0]!.resultsProvisional).toBe(1);
    const published = await coord.publications.publishResults({ checkId: december.checkId });
    expect(published.dueOn).toBe('2027-01-18');
    const stored = await handle.db.selectFrom('publication').select(['dueOn', 'payload']).where('id', '=', published.id).executeTakeFirstOrThrow();
    expect(stored.dueOn).toBe('2027-01-18');
    expect(stored.payload).toMatchObject({ dueOn: '2027-01-18', dueOnProvisional: true });
  });
});
