import { describe, expect, it } from 'vitest';
import { excelSerialToIso, formatRatio, parseDate, parseExpiry, parsePhone, parseRatio, splitList, splitSubItems } from './cell-parsers.js';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; message: string }) => (parsed.ok ? parsed.value : parsed.message);

describe('parseDate', () => {
  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026/12/31', '2026-12-31'],
    ['2026/1/5', '2026-01-05'],
    ['2026.01.05', '2026-01-05'],
    ['2026年12月31日', '2026-12-31'],
    ['２０２６年１２月３１日', '2026-12-31'],
    ['2026年1月5', '2026-01-05'],
    ['20261231', '2026-12-31'],
    ['2026-12-31 00:00:00', '2026-12-31'],
    ['2026/12/31 8:30', '2026-12-31'],
    ['2024-02-29', '2024-02-29'],
    ['46387', '2026-12-31'],
    ['46387.75', '2026-12-31'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text, '日期')).toEqual({ ok: true, value: iso });
  });

  it('says what is wrong with dates that do not exist or cannot be read', () => {
    expect(value(parseDate('2025-02-29', '执法证有效期'))).toBe(
      '执法证有效期“2025-02-29”不是有效日期，请检查年月日是否存在，并按2026-12-31、2026/12/31或2026年12月31日的格式填写',
    );
    expect(value(parseDate('明年', '执法证有效期'))).toBe('执法证有效期“明年”无法识别为日期，请按2026-12-31、2026/12/31或2026年12月31日的格式填写');
    // A bare year is not a serial date.
    expect(parseDate('2026', '日期').ok).toBe(false);
    expect(parseDate('13/12/2026', '日期').ok).toBe(false);
  });

  it('counts Excel serials from 1899-12-30', () => {
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });
});

describe('parseExpiry', () => {
  it('takes the end of a validity span and refuses 长期', () => {
    expect(value(parseExpiry('2021-01-01至2026-12-31', '有效期'))).toBe('2026-12-31');
    expect(value(parseExpiry('2021.1.1～2026.12.31', '有效期'))).toBe('2026-12-31');
    expect(value(parseExpiry('长期有效', '有效期'))).toBe('有效期不能填“长期有效”，请填写具体的到期日期，如2026-12-31');
    expect(value(parseExpiry('2021-01-01至下一年', '有效期'))).toBe('有效期“2021-01-01至下一年”无法识别，请按2026-12-31的格式填写到期日期');
  });
});

describe('parseRatio', () => {
  it.each([
    ['10%', 1000],
    ['10 %', 1000],
    ['10％', 1000],
    ['0.5%', 50],
    ['0.05%', 5],
    ['12.34%', 1234],
    ['10', 1000],
    ['不低于5%', 500],
    ['不少于5%', 500],
    ['≥5%', 500],
    ['5%以上', 500],
    ['0%', 0],
    ['100%', 10000],
  ])('%s → %i bp', (text, bp) => {
    expect(parseRatio(text)).toEqual({ ok: true, value: bp });
  });

  it('formats basis points back to what it reads', () => {
    for (const bp of [0, 5, 50, 1000, 1234, 10000]) expect(parseRatio(formatRatio(bp))).toEqual({ ok: true, value: bp });
    expect(formatRatio(50)).toBe('0.5%');
  });
});

describe('lists', () => {
  it('splits multi-value cells on 、，, ; ； line breaks and blanks, dropping repeats', () => {
    expect(splitList('危险化学品、烟花爆竹，工贸,非煤矿山;冶金；轻工\n纺织 商贸、危险化学品')).toEqual([
      '危险化学品',
      '烟花爆竹',
      '工贸',
      '非煤矿山',
      '冶金',
      '轻工',
      '纺织',
      '商贸',
    ]);
    expect(splitList(' 、 ')).toEqual([]);
  });

  it('splits sub-items only on semicolons and line breaks, dropping enumerators but not decimals', () => {
    expect(splitSubItems('1.许可证、证照；2、人员，培训\n(3)应急预案\n①演练;1.5米以上护栏')).toEqual([
      '许可证、证照',
      '人员，培训',
      '应急预案',
      '演练',
      '1.5米以上护栏',
    ]);
  });
});

describe('parsePhone', () => {
  it('accepts mobiles and landlines, dropping blanks and +86', () => {
    expect(value(parsePhone('138 5901 2345', '手机号'))).toBe('13859012345');
    expect(value(parsePhone('+86 13859012345', '手机号'))).toBe('13859012345');
    expect(value(parsePhone('0597-7531234', '手机号'))).toBe('0597-7531234');
    expect(value(parsePhone('1385901234', '手机号'))).toBe('手机号“1385901234”格式不正确，应为11位手机号或带区号的固定电话（如0597-7531234）');
  });
});
