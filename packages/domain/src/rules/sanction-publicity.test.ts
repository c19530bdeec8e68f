import { describe, expect, it } from 'vitest';
import { defaultPenaltyCategories, fineWanYuan, inPublicity, SANCTION_PUBLICITY_YEARS, sanctionPublicityEndsOn } from './sanction-publicity.js';

describe('行政处罚信息的公示期限', () => {
  it('ends three years after the decision, or when a longer penalty ends', () => {
    expect(SANCTION_PUBLICITY_YEARS).toBe(3);
    expect(sanctionPublicityEndsOn('2020-03-20', null)).toBe('2023-03-20');
    expect(sanctionPublicityEndsOn('2020-02-29', null)).toBe('2023-02-28');
    expect(sanctionPublicityEndsOn('2020-03-20', '2020-09-20')).toBe('2023-03-20');
    expect(sanctionPublicityEndsOn('2020-03-20', '2030-03-19')).toBe('2030-03-19');
  });

  it('shows a decision through its last day and not after', () => {
    expect(inPublicity('2023-03-20', '2023-03-20')).toBe(true);
    expect(inPublicity('2023-03-20', '2023-03-21')).toBe(false);
    expect(inPublicity(null, '2099-01-01')).toBe(true);
  });

  it('refuses a date that is not a date, naming the field', () => {
    expect(() => sanctionPublicityEndsOn('2020-13-01', null)).toThrow(/处罚决定日期/);
    expect(() => sanctionPublicityEndsOn('2020-03-01', '2020/09/01')).toThrow(/处罚有效期/);
  });

  it('states the fine in 万元 exactly and picks 罚款 for a fined decision', () => {
    expect(fineWanYuan(5_000_000)).toBe('5');
    expect(fineWanYuan(123_456)).toBe('0.123456');
    expect(fineWanYuan(12_345_000)).toBe('12.345');
    expect(fineWanYuan(0)).toBe('0');
    expect(defaultPenaltyCategories(100)).toEqual(['fine']);
    expect(defaultPenaltyCategories(null)).toEqual(['other']);
    expect(defaultPenaltyCategories(0)).toEqual(['other']);
  });
});
