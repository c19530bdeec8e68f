import { describe, expect, it } from 'vitest';
import {
  defaultPenaltyCategories,
  fineWanYuan,
  inPublicity,
  SANCTION_PUBLICITY_MONTHS,
  sanctionPublicityEndsOn,
  sanctionShortestPublicityEndsOn,
} from './sanction-publicity.js';

describe('行政处罚信息的公示期限', () => {
  it('ends one year after a decision on 一般失信行为 and three years after one on 严重失信行为, or when a longer penalty ends', () => {
    expect(SANCTION_PUBLICITY_MONTHS).toEqual({ general: { shortest: 3, longest: 12 }, serious: { shortest: 12, longest: 36 } });
    expect(sanctionPublicityEndsOn('2020-03-20', 'general', null)).toBe('2021-03-20');
    expect(sanctionPublicityEndsOn('2020-03-20', 'serious', null)).toBe('2023-03-20');
    // A leap day ends on 28 February of a common year.
    expect(sanctionPublicityEndsOn('2020-02-29', 'general', null)).toBe('2021-02-28');
    expect(sanctionPublicityEndsOn('2020-02-29', 'serious', null)).toBe('2023-02-28');
    expect(sanctionPublicityEndsOn('2019-02-28', 'general', null)).toBe('2020-02-28');
    // A 处罚有效期 inside the period changes nothing; a later one extends it.
    expect(sanctionPublicityEndsOn('2020-03-20', 'general', '2020-09-20')).toBe('2021-03-20');
    expect(sanctionPublicityEndsOn('2020-03-20', 'serious', '2022-09-20')).toBe('2023-03-20');
    expect(sanctionPublicityEndsOn('2020-03-20', 'general', '2022-09-20')).toBe('2022-09-20');
    expect(sanctionPublicityEndsOn('2020-03-20', 'serious', '2030-03-19')).toBe('2030-03-19');
  });

  it('states the 最短公示期届满日: three months for 一般失信行为, one year for 严重失信行为', () => {
    expect(sanctionShortestPublicityEndsOn('2020-03-20', 'general')).toBe('2020-06-20');
    expect(sanctionShortestPublicityEndsOn('2020-03-20', 'serious')).toBe('2021-03-20');
    expect(sanctionShortestPublicityEndsOn('2020-11-30', 'general')).toBe('2021-02-28');
    expect(sanctionShortestPublicityEndsOn('2023-11-30', 'general')).toBe('2024-02-29');
    expect(sanctionShortestPublicityEndsOn('2020-12-31', 'general')).toBe('2021-03-31');
    expect(sanctionShortestPublicityEndsOn('2020-02-29', 'serious')).toBe('2021-02-28');
  });

  it('shows a decision through its last day and not after', () => {
    expect(inPublicity('2023-03-20', '2023-03-20')).toBe(true);
    expect(inPublicity('2023-03-20', '2023-03-21')).toBe(false);
    expect(inPublicity(null, '2099-01-01')).toBe(true);
  });

  it('refuses a date that is not a date, naming the field', () => {
    expect(() => sanctionPublicityEndsOn('2020-13-01', 'general', null)).toThrow(/处罚决定日期/);
    expect(() => sanctionShortestPublicityEndsOn('2020-02-30', 'serious')).toThrow(/处罚决定日期/);
    expect(() => sanctionPublicityEndsOn('2020-03-01', 'serious', '2020/09/01')).toThrow(/处罚有效期/);
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
