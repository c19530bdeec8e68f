import type { ScheduleDayKind } from '@liancha/domain';
import type { Auto, CreatedAt, DateString, NullableTimestamp } from './columns.js';

/** One version of a year's official holiday schedule (national, not tenant data). */
export interface HolidayScheduleTable {
  id: Auto<string>;
  /** Grows with every row: the calendar's freshness token. */
  revision: Auto<number>;
  year: number;
  version: number;
  /** e.g. 国办发明电〔2025〕7号 */
  noticeNumber: string;
  noticeDate: DateString;
  /** The notice's text or where it was read, as the admin entered it. */
  sourceText: string;
  /** Null for the seeded years. */
  enteredBy: string | null;
  enteredAt: CreatedAt;
  /** Set when a later version of the same year replaced this one. */
  supersededAt: NullableTimestamp;
}

export type HolidayDayKind = ScheduleDayKind;

export interface HolidayScheduleDayTable {
  scheduleId: string;
  day: DateString;
  kind: HolidayDayKind;
  name: string;
}
