import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { addCalendarDays, CN_HOLIDAY_SCHEDULES } from '@liancha/domain';
import { seedRegion, seedUser, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { withTransaction } from './transaction.js';
import {
  holidayCalendarRevision,
  insertHolidaySchedule,
  listCurrentHolidaySchedules,
  listHolidaySchedules,
  listHolidayScheduleVersions,
} from './holiday-schedule.repository.js';

describe(`holiday schedules on ${testDbKind()}`, () => {
  const handle = suiteDb();

  it('are seeded with 2020–2026, day for day equal to the reference copy in @liancha/domain', async () => {
    const stored = await listCurrentHolidaySchedules(handle.db);
    expect(stored.map((s) => s.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const reference of CN_HOLIDAY_SCHEDULES) {
      const expected: string[] = [];
      for (const p of reference.holidays) for (let d = p.from; d <= p.to; d = addCalendarDays(d, 1)) expected.push(`${d} holiday ${p.name}`);
      for (const d of reference.workdays) expected.push(`${d} workday 调休上班`);
      const schedule = stored.find((s) => s.year === reference.year)!;
      expect(schedule.noticeNumber).toBe(reference.notice);
      expect(schedule.days.map((d) => `${d.date} ${d.kind} ${d.name}`)).toEqual(expected.sort());
    }
    const list = await listHolidaySchedules(handle.db);
    expect(list.find((s) => s.year === 2025)).toMatchObject({ version: 1, holidayCount: 28, workdayCount: 5, enteredBy: null });
  });

  it('are national: no region_code column', async () => {
    const cols = await sql<{ tableName: string }>`
      select table_name from information_schema.columns
      where table_schema = 'public' and table_name in ('holiday_schedule', 'holiday_schedule_day') and column_name = 'region_code'`.execute(handle.db);
    expect(cols.rows).toEqual([]);
  });

  it('a new version supersedes the current one and moves the freshness token; days and rows are never deleted', async () => {
    const region = await seedRegion(handle.db);
    const admin = await seedUser(handle.db, { regionCode: region.code, passwordHash: 'x', roles: ['platform_admin'] });
    const before = await holidayCalendarRevision(handle.db);
    const saved = await withTransaction(handle.db, (trx) =>
      insertHolidaySchedule(trx, {
        year: 2026,
        noticeNumber: '国办发明电〔2025〕7号（更正）',
        noticeDate: '2025-11-05',
        sourceText: '测试',
        enteredBy: admin.id,
        enteredAt: new Date('2026-12-04T02:00:00Z'),
        days: [
          { date: '2026-01-01', kind: 'holiday', name: '元旦' },
          { date: '2026-01-04', kind: 'workday', name: '调休上班' },
        ],
      }),
    );
    expect(saved).toMatchObject({ version: 2, replaced: { version: 1 } });
    expect(await holidayCalendarRevision(handle.db)).not.toBe(before);
    const versions = await listHolidayScheduleVersions(handle.db, 2026);
    expect(versions.map((v) => [v.version, v.supersededAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await listCurrentHolidaySchedules(handle.db)).find((s) => s.year === 2026)?.days).toHaveLength(2);

    await expect(sql`delete from holiday_schedule_day where schedule_id = ${saved.id}`.execute(handle.db)).rejects.toThrow(/append-only|refused/);
    await expect(sql`update holiday_schedule_day set name = 'x' where schedule_id = ${saved.id}`.execute(handle.db)).rejects.toThrow(/append-only|refused/);
    await expect(sql`delete from holiday_schedule where id = ${saved.id}`.execute(handle.db)).rejects.toThrow(/append-only|refused/);
  });

  it('refuses a make-up working day on a weekday and a second current version of a year', async () => {
    const id = (await sql<{ id: string }>`select id from holiday_schedule where year = 2025 and superseded_at is null`.execute(handle.db)).rows[0]!.id;
    await expect(
      sql`insert into holiday_schedule_day (schedule_id, day, kind, name) values (${id}, '2025-03-03', 'workday', '调休上班')`.execute(handle.db),
    ).rejects.toThrow(/check/i);
    await expect(
      sql`insert into holiday_schedule (year, version, notice_number, notice_date) values (2025, 9, 'x', '2024-11-12')`.execute(handle.db),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
