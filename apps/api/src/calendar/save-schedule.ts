import type { UserActor } from '@liancha/authz';
import { insertHolidaySchedule, listCurrentHolidaySchedules, listHolidayScheduleVersions, listRegions, type Executor, type RegionScope } from '@liancha/db';
import { dateInShanghai, DomainError } from '@liancha/domain';
import type { AuditRecorder } from '../trpc/audit-recorder.js';
import { deadlineMoves, type DeadlineMove } from './deadline-moves.js';
import { assertPlatformAdmin } from './platform-admin.js';
import { checkScheduleEntries } from './schedule-rules.js';
import type { ScheduleEntry } from './schedule-entries.js';
import { calendarOf, loadWorkingCalendar } from './working-calendar.js';

export interface ScheduleHeader {
  year: number;
  noticeNumber: string;
  noticeDate: string;
  sourceText: string;
  /** The version the admin edited (null: the year had none); a mismatch means someone saved meanwhile. */
  expectedVersion?: number | null | undefined;
}

interface Ctx {
  db: Executor;
  scope: RegionScope;
  actor: UserActor;
  now: () => Date;
  audit: Pick<AuditRecorder, 'record'>;
}

const brief = (m: DeadlineMove) => ({ checkId: m.checkId, agencyId: m.agencyId, endedOn: m.endedOn, before: m.before, after: m.after });

/**
 * Saves a year's official schedule as its next version (platform admin), in the mutation's
 * transaction: checks the notice and every row, supersedes the current version, recomputes the
 * open deadlines the year touches and audits both the schedule (caller's region) and, in each
 * region where deadlines moved, what moved (before/after per check and agency).
 */
export async function saveSchedule(ctx: Ctx, header: ScheduleHeader, entries: readonly ScheduleEntry[]) {
  assertPlatformAdmin(ctx.actor);
  const today = dateInShanghai(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const { year } = header;
  const issues: { field: string; message: string }[] = [];
  if (year > thisYear + 1) issues.push({ field: 'year', message: `只能录入 ${thisYear + 1} 年及以前的安排（通知通常在上一年年底公布）` });
  if (header.noticeDate > today) issues.push({ field: 'noticeDate', message: `发布日期 ${header.noticeDate} 晚于今天（${today}）` });
  else if (header.noticeDate < `${year - 1}-01-01` || header.noticeDate > `${year}-12-31`)
    issues.push({ field: 'noticeDate', message: `发布日期应在 ${year - 1} 年或 ${year} 年内` });
  if (issues.length > 0) throw new DomainError('bad_request', '节假日安排未保存：请检查标注的内容', { reason: 'calendar.schedule_invalid', issues });

  const current = await listCurrentHolidaySchedules(ctx.db);
  const { days, warnings } = checkScheduleEntries(
    year,
    entries,
    current.filter((s) => Math.abs(s.year - year) === 1),
  );
  const versions = await listHolidayScheduleVersions(ctx.db, year);
  const previous = versions.find((v) => v.supersededAt === null) ?? null;
  if (header.expectedVersion !== undefined && header.expectedVersion !== (previous?.version ?? null)) {
    throw new DomainError(
      'conflict',
      previous ? `${year} 年的安排已被更新为第 ${previous.version} 版，请刷新后再保存` : `${year} 年的安排已被删除或尚未录入，请刷新后再保存`,
      { reason: 'calendar.schedule_changed' },
    );
  }

  const before = await loadWorkingCalendar(ctx.db);
  let saved: Awaited<ReturnType<typeof insertHolidaySchedule>>;
  try {
    saved = await insertHolidaySchedule(ctx.db, { ...header, enteredBy: ctx.actor.userId, enteredAt: ctx.now(), days });
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new DomainError('conflict', `${year} 年的安排刚刚已被他人保存，请刷新后再保存`, { reason: 'calendar.schedule_changed', cause: error });
    throw error;
  }
  const after = calendarOf(await listCurrentHolidaySchedules(ctx.db));
  const moves = await deadlineMoves(ctx.db, year, before, after);

  const byRegion = new Map<string, DeadlineMove[]>();
  for (const move of moves) byRegion.set(move.regionCode, [...(byRegion.get(move.regionCode) ?? []), move]);
  const names = new Map((await listRegions(ctx.db)).map((r) => [r.code, r.name]));
  const moved = (m: DeadlineMove) => m.before.dueOn !== m.after.dueOn;
  const summary = {
    total: moves.filter(moved).length,
    confirmed: moves.filter((m) => !moved(m)).length,
    regions: [...byRegion].map(([regionCode, list]) => ({
      regionCode,
      regionName: names.get(regionCode) ?? regionCode,
      moved: list.filter(moved).length,
      confirmed: list.filter((m) => !moved(m)).length,
    })),
  };

  await ctx.audit.record({
    action: 'calendar.schedule.save',
    subjectKind: 'holiday_schedule',
    subjectId: saved.id,
    before: previous ? { id: previous.id, year, version: previous.version, noticeNumber: previous.noticeNumber, noticeDate: previous.noticeDate } : null,
    after: {
      id: saved.id,
      year,
      version: saved.version,
      noticeNumber: header.noticeNumber,
      noticeDate: header.noticeDate,
      sourceText: header.sourceText,
      days,
      deadlines: summary,
    },
  });
  // Each region's own chain records the moves of its own checks.
  for (const [regionCode, list] of byRegion) {
    await ctx.audit.record({
      regionCode,
      action: 'calendar.deadlines.recompute',
      subjectKind: 'holiday_schedule',
      subjectId: saved.id,
      after: { year, version: saved.version, noticeNumber: header.noticeNumber, moves: list.map(brief) },
    });
  }

  return {
    id: saved.id,
    year,
    version: saved.version,
    replacedVersion: saved.replaced?.version ?? null,
    holidayDays: days.filter((d) => d.kind === 'holiday').length,
    workdayDays: days.filter((d) => d.kind === 'workday').length,
    warnings,
    deadlines: {
      ...summary,
      // The rows themselves only for the admin's own region (names of other regions' checks stay there).
      rows: (byRegion.get(ctx.scope.regionCode) ?? []).map((m) => ({ ...brief(m), agencyName: m.agencyName, objectName: m.objectName, taskCode: m.taskCode })),
    },
  };
}
