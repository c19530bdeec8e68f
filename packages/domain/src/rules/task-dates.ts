import { DomainError } from '../errors.js';
import type { DateWindow } from './visit-dates.js';

/**
 * Issue 12, §2 (dates): a task drawn from a plan batch inspects within that batch's period (a
 * quarter, say); each answer names the field at fault.
 */
export function batchWindowRefusal(task: DateWindow, batch: DateWindow & { name: string }): DomainError | null {
  const period = `批次“${batch.name}”的时间 ${batch.startsOn} 至 ${batch.endsOn}`;
  const issues = [
    ...(task.startsOn < batch.startsOn || task.startsOn > batch.endsOn ? [{ field: 'inspectionStartsOn', message: `检查开始日期须在${period} 之内` }] : []),
    ...(task.endsOn > batch.endsOn || task.endsOn < batch.startsOn ? [{ field: 'inspectionEndsOn', message: `检查结束日期须在${period} 之内` }] : []),
  ];
  return issues.length === 0 ? null : new DomainError('bad_request', `检查时间须在${period} 之内`, { reason: 'task_dates', issues });
}

/**
 * 补录: a task whose inspections began before today is entered after the fact — allowed only
 * with the flag and a reason, which its 公示 shows. A task starting today or later is not one.
 */
export function backfillRefusal(startsOn: string, today: string, backfillReason: string | null): DomainError | null {
  const past = startsOn < today;
  if (past && !backfillReason) {
    const message = '检查开始日期早于今天，属于补录：请勾选“补录”并填写补录原因（将在公示中显示）';
    return new DomainError('bad_request', message, { reason: 'backfill_required', issues: [{ field: 'backfillReason', message }] });
  }
  if (!past && backfillReason) {
    const message = '检查开始日期不早于今天，不是补录任务，请取消“补录”';
    return new DomainError('bad_request', message, { reason: 'not_backfill', issues: [{ field: 'backfillReason', message }] });
  }
  return null;
}
