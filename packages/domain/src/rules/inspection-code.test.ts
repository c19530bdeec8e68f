import { describe, expect, it } from 'vitest';
import { inspectionCodeFrom, inspectionVerdict, normaliseInspectionCode } from './inspection-code.js';

describe('检查码', () => {
  it('makes three groups of four unambiguous characters from random bytes', () => {
    const code = inspectionCodeFrom(Uint8Array.from({ length: 12 }, (_, i) => i * 23));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(inspectionCodeFrom(new Uint8Array(12))).toBe('0000-0000-0000');
    expect(inspectionCodeFrom(new Uint8Array(12).fill(31))).toBe('ZZZZ-ZZZZ-ZZZZ');
    expect(() => inspectionCodeFrom(new Uint8Array(11))).toThrow();
  });

  it('reads a typed code in any case, with spaces or dashes, O as 0 and I or L as 1; anything else is no code', () => {
    expect(normaliseInspectionCode(' 7k3m-x9q1 ab0z ')).toBe('7K3M-X9Q1-AB0Z');
    expect(normaliseInspectionCode('7K3MX9QIAB0Z')).toBe('7K3M-X9Q1-AB0Z');
    expect(normaliseInspectionCode('7K3M-X9QL-ABOZ')).toBe('7K3M-X9Q1-AB0Z');
    expect(normaliseInspectionCode('7K3M-X9Q1-AB0')).toBeNull();
    expect(normaliseInspectionCode('7K3M-X9Q1-AB0U')).toBeNull();
    expect(normaliseInspectionCode('<script>')).toBeNull();
  });
});

const approved = { status: 'approved' as const, windowFrom: '2026-06-02', windowTo: '2026-06-05', endedOn: null };

describe('what a scanned 检查码 says', () => {
  it('lets an approved check in during its window only', () => {
    expect(inspectionVerdict(approved, '2026-06-02').tone).toBe('ok');
    expect(inspectionVerdict(approved, '2026-06-05').tone).toBe('ok');
    expect(inspectionVerdict(approved, '2026-06-01')).toEqual({
      tone: 'warn',
      message: '该检查已经批准，但检查期间自 2026-06-02 开始，今天尚不能凭此码入企检查。',
    });
    expect(inspectionVerdict(approved, '2026-06-06')).toEqual({
      tone: 'danger',
      message: '检查期间已于 2026-06-05 结束，检查码已过期：不得再凭此码入企检查。',
    });
  });

  it('warns that a done or withdrawn check’s code no longer opens a door', () => {
    expect(inspectionVerdict({ ...approved, status: 'done', endedOn: '2026-06-03' }, '2026-06-04').message).toBe(
      '该检查已于 2026-06-03 实施完毕，检查码已失效：不得再凭此码入企检查。',
    );
    expect(inspectionVerdict({ ...approved, status: 'withdrawn' }, '2026-06-03').tone).toBe('danger');
  });
});
