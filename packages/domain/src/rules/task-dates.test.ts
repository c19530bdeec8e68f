import { describe, expect, it } from 'vitest';
import { backfillRefusal, batchWindowRefusal } from './task-dates.js';

const quarter = { name: '第二季度', startsOn: '2020-04-01', endsOn: '2020-06-30' };

describe('task dates', () => {
  it('keeps a task inside its batch’s period and names each date outside it', () => {
    expect(batchWindowRefusal({ startsOn: '2020-04-01', endsOn: '2020-06-30' }, quarter)).toBeNull();
    const late = batchWindowRefusal({ startsOn: '2020-06-01', endsOn: '2020-07-15' }, quarter);
    expect(late?.message).toBe('检查时间须在批次“第二季度”的时间 2020-04-01 至 2020-06-30 之内');
    expect(late?.issues.map((i) => i.field)).toEqual(['inspectionEndsOn']);
    expect(batchWindowRefusal({ startsOn: '2020-03-20', endsOn: '2020-07-01' }, quarter)?.issues.map((i) => i.field)).toEqual([
      'inspectionStartsOn',
      'inspectionEndsOn',
    ]);
  });

  it('asks a past-dated task for the 补录 flag and its reason, and refuses the flag on a task that is not one', () => {
    expect(backfillRefusal('2020-04-01', '2026-12-05', null)?.reason).toBe('backfill_required');
    expect(backfillRefusal('2020-04-01', '2026-12-05', '系统上线前已完成的检查')).toBeNull();
    expect(backfillRefusal('2026-12-05', '2026-12-05', null)).toBeNull();
    expect(backfillRefusal('2026-12-06', '2026-12-05', '误填')?.issues[0]?.field).toBe('backfillReason');
  });
});
