import { describe, expect, it } from 'vitest';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import { holdsPersonalData, maskPersonalData } from './personal-data.js';

describe('公示不得公开身份证号和电话号码', () => {
  it('masks an 18-digit ID number inside text, keeping only its first 3 and last 4 characters', () => {
    const text = '经查，当事人张某（身份证号：35088119800101123X）擅自拆除报警装置。';
    const masked = maskPersonalData(text);
    expect(masked).toBe('经查，当事人张某（身份证号：350***********123X）擅自拆除报警装置。');
    expect(masked).not.toContain('19800101');
    expect(holdsPersonalData(text)).toBe(true);
    expect(holdsPersonalData(masked)).toBe(false);
  });

  it('masks an ID number whose check character is wrong too (a typo is still personal data)', () => {
    expect(maskPersonalData('身份证350881198001011231')).toBe('身份证350***********1231');
  });

  it('masks mobile and landline numbers', () => {
    expect(maskPersonalData('联系电话13812345678，或 138-1234-5678')).toBe('联系电话138****5678，或 138****5678');
    expect(maskPersonalData('值班电话0597-7521234')).toBe('值班电话0597-*******');
    expect(maskPersonalData('（0597）7521234')).toBe('（0597）*******');
  });

  it('leaves USCCs, decision numbers, amounts, dates and hashes alone', () => {
    const uscc = syntheticUscc(7);
    const text = `统一社会信用代码${uscc}，漳应急罚〔2020〕3号，罚款50000元，2020-03-20，摘要 9f${'0'.repeat(30)}13812345678ab`;
    expect(maskPersonalData(text)).toBe(text);
  });
});
