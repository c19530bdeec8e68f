import { DomainError } from '../errors.js';

/** A task's inspection window, the first and last day (ISO dates, inclusive). */
export interface DateWindow {
  startsOn: string;
  endsOn: string;
}

/**
 * Issue 12, §2 (dates): the day a notice announces must lie inside the task's inspection window,
 * and a visit cannot start before the day its notice announced. Each answer names the field.
 */
export function noticeDateRefusal(scheduledOn: string, window: DateWindow | null): DomainError | null {
  if (!window || (scheduledOn >= window.startsOn && scheduledOn <= window.endsOn)) return null;
  const message = `检查日期须在任务的检查时间 ${window.startsOn} 至 ${window.endsOn} 之内`;
  return new DomainError('bad_request', message, { reason: 'check_dates', issues: [{ field: 'scheduledOn', message }] });
}

/** A visit starts on or after the day its notice named (no notice: any day). */
export function startDateRefusal(on: string, noticedFor: string | null): DomainError | null {
  if (noticedFor === null || on >= noticedFor) return null;
  const message = `开始日期不能早于检查通知书载明的检查日期 ${noticedFor}`;
  return new DomainError('bad_request', message, { reason: 'check_dates', issues: [{ field: 'on', message }] });
}

/** A visit ends on or after the day it started. */
export function finishDateRefusal(on: string, startedOn: string | null): DomainError | null {
  if (startedOn === null || on >= startedOn) return null;
  const message = `结束日期不能早于开始日期 ${startedOn}`;
  return new DomainError('bad_request', message, { reason: 'check_dates', issues: [{ field: 'on', message }] });
}
