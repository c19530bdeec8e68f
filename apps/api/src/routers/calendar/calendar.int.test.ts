import { describe, expect, it } from 'vitest';
import { testDbKind, workflowRows } from '@liancha/db/testing';
import { holidaySchedule2027Sample } from '@liancha/demo';
import { callerFor } from '../../testing/caller.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { refusal } from '../../testing/refusal.js';
import { sessionTokenFor } from '../../testing/session.js';

/** The 2027 test schedule (not the real notice, which is not out yet); see infra/demo/samples. */
const SCHEDULE_2027 = holidaySchedule2027Sample();

const NOTICE = { year: 2027, noticeNumber: '国办发明电〔2026〕测试号', noticeDate: '2026-11-20', sourceText: '测试数据' };

describe(`holiday schedules (节假日安排) on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  async function asAt(username: string, instant: string) {
    const now = new Date(instant);
    return callerFor(demo.handle.db, { token: await sessionTokenFor(demo.handle.db, username, now), now });
  }
  const TODAY = '2026-12-04T02:00:00Z';

  /** A check of 应急局 (region 350881) or of 新罗区's agency (350802), ended on `endedOn`, results approved. */
  async function endedCheck(regionCode: '350881' | '350802', endedOn: string): Promise<string> {
    const fx = workflowRows(demo.handle.db, regionCode);
    if (regionCode === '350802')
      await demo.handle.db
        .insertInto('township')
        .values({ regionCode, code: '350802001', name: '东城街道' })
        .onConflict((oc) => oc.doNothing())
        .execute();
    const agency = regionCode === '350881' ? demo.world.agencyId('yjj') : demo.world.otherRegionAgencyId;
    const objectId = await fx.object({ sectorCode: 'fireworks', townshipCode: regionCode === '350881' ? '350881001' : '350802001', supervisedBy: [agency] });
    const itemId = await fx.item(agency, '烟花爆竹经营单位安全检查');
    const task = await fx.task({ lead: agency, partners: [], itemIds: [{ itemId, agencyId: agency }] });
    const drawId = await fx.draw(task.id);
    const inspectorId = await fx.inspector(agency, { name: '王检查', phone: '13900000000' });
    const checkId = await fx.check({ taskId: task.id, drawId, objectId, endedOn, team: [{ inspectorId, agencyId: agency, role: 'leader' }] });
    await fx.result({ checkId, agencyId: agency, itemId, resultCode: 'no_problem', status: 'approved' });
    return checkId;
  }

  it('lists 2020–2026 as shipped, to every logged-in user', async () => {
    for (const user of ['admin', 'yjj.coord', 'ldxz.zhang', 'yjj.insp1']) {
      const list = await (await asAt(user, TODAY)).calendar.schedules.list({});
      expect(list.years.map((y) => y.year)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    }
    const y2026 = await (await asAt('yjj.coord', TODAY)).calendar.schedules.get({ year: 2026 });
    expect(y2026.current).toMatchObject({ version: 1, noticeNumber: '国办发明电〔2025〕7号', enteredBy: null });
    expect(y2026.text.split('\n')[0]).toBe('2026-01-01~2026-01-03,holiday,元旦');
    const y2027 = await (await asAt('yjj.coord', TODAY)).calendar.schedules.get({ year: 2027 });
    expect(y2027).toMatchObject({ current: null, days: [], statutory: { decree: expect.stringContaining('795') } });
    expect(y2027.statutory?.days).toHaveLength(13);
  });

  it('warns the platform admin from 1 November (Beijing) when next year is missing, not on 31 October', async () => {
    const list = async (instant: string) => (await (await asAt('admin', instant)).calendar.schedules.list({})).reminder;
    expect(await list('2026-10-31T15:59:00Z')).toBeNull(); // 23:59 on 31 October in Beijing
    expect(await list('2026-10-31T16:00:00Z')).toMatchObject({ year: 2027, message: expect.stringContaining('2027 年节假日安排尚未录入') });
    expect(await list(TODAY)).toMatchObject({ year: 2027 });
    // This year's own schedule missing is flagged all year round.
    expect(await list('2027-03-01T02:00:00Z')).toMatchObject({ year: 2027 });
  });

  it('refuses everyone but the platform admin, before reading the input', async () => {
    for (const user of ['yjj.coord', 'yjj.leader', 'yjj.admin', 'ldxz.zhang', 'yjj.insp1', 'xl.coord']) {
      const api = await asAt(user, TODAY);
      const imported = await refusal(api.calendar.schedules.import({ ...NOTICE, text: 'not even a schedule' }));
      expect([user, imported.code, imported.message]).toEqual([user, 'FORBIDDEN', '只有平台管理员可以录入节假日安排']);
      expect((await refusal(api.calendar.schedules.save({ ...NOTICE, entries: [{ from: '2027-01-01', kind: 'holiday', name: '元旦' }] }))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await (await asAt('admin', TODAY)).calendar.schedules.get({ year: 2027 })).versions).toEqual([]);
  });

  it('refuses bad rows with their line numbers and Chinese messages, saving nothing', async () => {
    const admin = await asAt('admin', TODAY);
    const text = [
      '2027-01-01,holiday,元旦',
      '2027-01-06,workday,调休', // a Wednesday
      '2028-01-01,holiday,元旦', // not 2027
      '2027-01-01,holiday,元旦', // twice
      '2027-02-30,holiday,春节', // no such day
      '2027-05-01,休假,劳动节', // unknown kind
      '2027-06-09,holiday,', // no name
    ].join('\n');
    const error = await refusal(admin.calendar.schedules.import({ ...NOTICE, text }));
    expect(error.code).toBe('BAD_REQUEST');
    // The shape is checked first (line 6), then the dates once every line reads.
    expect((error.cause as unknown as { issues: unknown[] }).issues).toEqual([
      { row: 6, field: 'text', message: '类型“休假”无效：应为 holiday（放假）或 workday（调休上班）' },
    ]);
    const dates = await refusal(admin.calendar.schedules.import({ ...NOTICE, text: text.replace('休假', 'holiday') }));
    expect(dates.message).toBe('节假日安排未保存：第 2、3、4、5、7 行有误');
    expect((dates.cause as unknown as { issues: { row: number; message: string }[] }).issues.map((i) => [i.row, i.message])).toEqual([
      [2, '调休上班日应为周六或周日，2027-01-06 是星期三'],
      [3, '日期应在 2027 年内（元旦假期可从 2026-12-25 起），2028-01-01 超出'],
      [4, '2027-01-01 已在第 1 行填写过，同一天只能有一条安排'],
      [5, '日期“2027-02-30”无效，应为 YYYY-MM-DD'],
      [7, '放假日期须填写节日名称，例如 春节'],
    ]);
    // Structured entries: the row is the entry's position.
    const structured = await refusal(
      admin.calendar.schedules.save({
        ...NOTICE,
        entries: [
          { from: '2027-01-01', kind: 'holiday', name: '元旦' },
          { from: '2027-01-05', to: '2027-01-04', kind: 'holiday', name: '元旦' },
        ],
      }),
    );
    expect((structured.cause as unknown as { issues: unknown[] }).issues).toEqual([
      { row: 2, field: 'date', message: '结束日期 2027-01-04 早于起始日期 2027-01-05' },
    ]);
    // The notice: a date in the future, a year too far ahead, an empty number.
    const header = await refusal(admin.calendar.schedules.import({ ...NOTICE, year: 2028, noticeDate: '2026-12-05', text: '2028-01-01,holiday,元旦' }));
    expect((header.cause as unknown as { issues: { field: string }[] }).issues.map((i) => i.field)).toEqual(['year', 'noticeDate']);
    expect((await refusal(admin.calendar.schedules.import({ ...NOTICE, noticeNumber: '  ', text: SCHEDULE_2027 }))).code).toBe('BAD_REQUEST');
    expect((await admin.calendar.schedules.get({ year: 2027 })).versions).toEqual([]);
  });

  it('saving 2027 recomputes every open deadline it touches and logs what moved, in each region', async () => {
    const december = await endedCheck('350881', '2026-12-20');
    const november = await endedCheck('350881', '2026-11-02');
    const elsewhere = await endedCheck('350802', '2026-12-21');
    const coord = await asAt('yjj.coord', TODAY);
    const due = async () =>
      (await coord.publications.due({ pageSize: 200 })).rows
        .filter((r) => [december, november].includes(r.checkId))
        .map((r) => [r.checkId === december ? 'december' : 'november', r.dueOn, r.dueProvisional]);
    expect(await due()).toEqual([
      ['november', '2026-11-30', false],
      ['december', '2027-01-18', true],
    ]);

    const admin = await asAt('admin', TODAY);
    const saved = await admin.calendar.schedules.import({ ...NOTICE, expectedVersion: null, text: SCHEDULE_2027 });
    expect(saved).toMatchObject({ year: 2027, version: 1, replacedVersion: null, holidayDays: 28, workdayDays: 5, warnings: [] });
    // 31 December off too: one more day to count.
    expect(saved.deadlines.rows).toContainEqual(
      expect.objectContaining({
        checkId: december,
        objectName: expect.any(String),
        before: { dueOn: '2027-01-18', provisional: true },
        after: { dueOn: '2027-01-19', provisional: false },
      }),
    );
    expect(saved.deadlines.rows.map((r) => r.checkId)).not.toContain(november);
    expect(saved.deadlines.rows.map((r) => r.checkId)).not.toContain(elsewhere); // another region's rows stay there
    expect(saved.deadlines.regions).toEqual(expect.arrayContaining([expect.objectContaining({ regionCode: '350802', regionName: '新罗区', moved: 1 })]));
    expect(await due()).toEqual([
      ['november', '2026-11-30', false],
      ['december', '2027-01-19', false],
    ]);

    const audit = await demo.handle.db
      .selectFrom('auditEvent')
      .select(['regionCode', 'action', 'after'])
      .where('subjectId', '=', saved.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.regionCode, a.action])).toEqual(
      expect.arrayContaining([
        ['350881', 'calendar.schedule.save'],
        ['350881', 'calendar.deadlines.recompute'],
        ['350802', 'calendar.deadlines.recompute'],
      ]),
    );
    const local = audit.find((a) => a.regionCode === '350881' && a.action === 'calendar.deadlines.recompute')!.after as {
      moves: { checkId: string; before: unknown; after: unknown }[];
    };
    expect(local.moves).toContainEqual({
      checkId: december,
      agencyId: demo.world.agencyId('yjj'),
      endedOn: '2026-12-20',
      before: { dueOn: '2027-01-18', provisional: true },
      after: { dueOn: '2027-01-19', provisional: false },
    });
    const other = audit.find((a) => a.regionCode === '350802')!.after as { moves: { checkId: string }[] };
    expect(other.moves.map((m) => m.checkId)).toEqual([elsewhere]);

    // The warning is gone, 2027 is listed, and 2027 is no longer an estimate anywhere.
    const list = await admin.calendar.schedules.list({});
    expect(list.reminder).toBeNull();
    expect(list.years[0]).toMatchObject({ year: 2027, version: 1, noticeNumber: NOTICE.noticeNumber, holidayCount: 28, workdayCount: 5 });
    expect((await coord.publications.due({ pageSize: 200 })).estimatedYears).toEqual([]);
  });

  it('a correction is a new version; a stale form is refused; statutory days left out are warned about', async () => {
    const admin = await asAt('admin', TODAY);
    expect((await refusal(admin.calendar.schedules.import({ ...NOTICE, expectedVersion: null, text: SCHEDULE_2027 }))).code).toBe('CONFLICT');
    const corrected = await admin.calendar.schedules.import({
      ...NOTICE,
      noticeNumber: `${NOTICE.noticeNumber}（更正）`,
      expectedVersion: 1,
      text: SCHEDULE_2027.replace('2027-06-09,holiday,端午节\n', ''),
    });
    expect(corrected).toMatchObject({ version: 2, replacedVersion: 1, warnings: ['法定节假日 2027-06-09（端午节）不在放假日期中，请与通知核对'] });
    const year = await admin.calendar.schedules.get({ year: 2027 });
    expect(year.versions.map((v) => [v.version, v.supersededAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(year.text).not.toContain('端午节');
    expect((await admin.calendar.schedules.get({ year: 2027, version: 1 })).text).toContain('2027-06-09,holiday,端午节');
    const audit = await demo.handle.db
      .selectFrom('auditEvent')
      .select(['action', 'before'])
      .where('subjectId', '=', corrected.id)
      .where('action', '=', 'calendar.schedule.save')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ year: 2027, version: 1 });
  });
});
