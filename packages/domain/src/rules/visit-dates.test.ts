import { describe, expect, it } from 'vitest';
import { finishDateRefusal, noticeDateRefusal, startDateRefusal } from './visit-dates.js';

const window = { startsOn: '2020-04-01', endsOn: '2020-04-30' };

describe('visit dates', () => {
  it('takes a notice date inside the task window, both ends included, and refuses one outside naming the field', () => {
    expect(noticeDateRefusal('2020-04-01', window)).toBeNull();
    expect(noticeDateRefusal('2020-04-30', window)).toBeNull();
    const late = noticeDateRefusal('2020-05-01', window);
    expect(late?.message).toBe('检查日期须在任务的检查时间 2020-04-01 至 2020-04-30 之内');
    expect(late?.issues).toEqual([{ field: 'scheduledOn', message: late?.message }]);
    expect(noticeDateRefusal('2020-03-31', window)?.reason).toBe('check_dates');
    expect(noticeDateRefusal('2019-01-01', null)).toBeNull();
  });

  it('starts a visit on or after the notice date and finishes it on or after its start', () => {
    expect(startDateRefusal('2020-04-10', '2020-04-10')).toBeNull();
    expect(startDateRefusal('2020-04-09', '2020-04-10')?.message).toBe('开始日期不能早于检查通知书载明的检查日期 2020-04-10');
    expect(startDateRefusal('2020-01-01', null)).toBeNull();
    expect(finishDateRefusal('2020-04-10', '2020-04-10')).toBeNull();
    expect(finishDateRefusal('2020-04-09', '2020-04-10')?.issues[0]?.field).toBe('on');
  });
});
