import { describe, expect, it } from 'vitest';
import { CASE_TRIGGERS } from '../vocabulary/inspection.js';
import {
  capExemption,
  capLineFor,
  capLineIssues,
  capRefusal,
  capVerdict,
  capVersionInForce,
  capWarnings,
  isAtCap,
  jointCheckRateBp,
  jointCheckRateTargetBp,
  mergeAdvice,
  plannedCheckStanding,
  type CapLine,
  type LedgerEvent,
} from './inspection-cap.js';

const line = (sectorCode: string, riskClass: CapLine['riskClass'], maxPerYear: number, expectedPerYear = 1): CapLine => ({
  sectorCode,
  riskClass,
  expectedPerYear,
  maxPerYear,
});

describe('published caps', () => {
  it('takes the enterprise’s own risk class line before its sector’s line, and none for another sector', () => {
    const lines = [line('B09', null, 2), line('B09', 'D', 4), line('C13', 'A', 1)];
    expect(capLineFor(lines, { sectorCode: 'B09', riskClass: 'D' })?.maxPerYear).toBe(4);
    expect(capLineFor(lines, { sectorCode: 'B09', riskClass: 'A' })?.maxPerYear).toBe(2);
    expect(capLineFor(lines, { sectorCode: 'C13', riskClass: 'B' })).toBeNull();
    expect(capLineFor(lines, { sectorCode: 'F51', riskClass: 'A' })).toBeNull();
  });

  it('names each bad line: no sector, a cap below one, a frequency above the cap, the same class twice', () => {
    const issues = capLineIssues([line('', null, 2), line('B09', null, 0, 0), line('C13', 'A', 2, 3), line('C13', 'A', 2)]);
    expect(issues.map((i) => i.field)).toEqual(['lines.0.sectorCode', 'lines.1.maxPerYear', 'lines.2.expectedPerYear', 'lines.3.sectorCode']);
    expect(issues[3]!.message).toBe('第4行与第3行是同一类企业');
    expect(capLineIssues([])).toEqual([{ field: 'lines', message: '至少需要一类企业的年度检查频次上限' }]);
    expect(capLineIssues([line('B09', null, 2), line('B09', 'D', 4, 4)])).toEqual([]);
  });

  it('keeps every version, the highest in force', () => {
    expect(
      capVersionInForce([
        { version: 1, lines: [] },
        { version: 3, lines: [] },
        { version: 2, lines: [] },
      ])?.version,
    ).toBe(3);
    expect(capVersionInForce([])).toBeNull();
  });
});

describe('a planned check against the cap', () => {
  it('is within, reaches or exceeds the cap; uncapped without one', () => {
    expect(plannedCheckStanding(0, 2)).toBe('within');
    expect(plannedCheckStanding(1, 2)).toBe('reaches');
    expect(plannedCheckStanding(2, 2)).toBe('exceeds');
    expect(plannedCheckStanding(9, null)).toBe('uncapped');
    expect(isAtCap(2, 2)).toBe(true);
    expect(isAtCap(1, 2)).toBe(false);
    expect(isAtCap(5, null)).toBe(false);
  });

  it('exempts every 个案 trigger and higher-level 专项, nothing else', () => {
    for (const trigger of CASE_TRIGGERS) expect(capExemption({ kind: 'case', caseTrigger: trigger })).toBe('case_trigger');
    expect(capExemption({ kind: 'campaign', deployedByHigherLevel: true })).toBe('higher_level_campaign');
    expect(capExemption({ kind: 'campaign', deployedByHigherLevel: false })).toBeNull();
    expect(capExemption({ kind: 'routine' })).toBeNull();
  });

  it('refuses a drawn check past the cap, lets an exempt one through, asks the head for an own 专项', () => {
    expect(capVerdict({ kind: 'routine' }, 'exceeds')).toBe('refused');
    expect(capVerdict({ kind: 'routine' }, 'reaches')).toBe('allowed');
    expect(capVerdict({ kind: 'case', caseTrigger: 'complaint' }, 'exceeds')).toBe('exempt');
    expect(capVerdict({ kind: 'campaign', deployedByHigherLevel: true }, 'exceeds')).toBe('exempt');
    expect(capVerdict({ kind: 'campaign' }, 'exceeds')).toBe('needs_approval');
    expect(capVerdict({ kind: 'campaign' }, 'within')).toBe('allowed');
  });

  it('takes an own 专项 past the cap only with the head’s approval and a stated exemption, naming what is missing', () => {
    const campaign = { kind: 'campaign' as const };
    const missing = capRefusal(campaign, 'exceeds', null, '市应急管理局');
    expect(missing?.issues.map((i) => i.field)).toEqual(['capOverride.approvedBy', 'capOverride.statedExemption']);
    expect(missing?.message).toContain('市应急管理局');
    expect(capRefusal(campaign, 'exceeds', { approvedBy: 'head', statedExemption: ' ' }, '市应急管理局')?.issues.map((i) => i.field)).toEqual([
      'capOverride.statedExemption',
    ]);
    expect(capRefusal(campaign, 'exceeds', { approvedBy: 'head', statedExemption: '汛期安全隐患排查' }, '市应急管理局')).toBeNull();
    expect(capRefusal({ kind: 'routine' }, 'exceeds', null, '市应急管理局')?.reason).toBe('inspection_cap');
    expect(capRefusal({ kind: 'case', caseTrigger: 'complaint' }, 'exceeds', null, '市应急管理局')).toBeNull();
  });
});

describe('多头、重复、高频 warnings', () => {
  const ev = (checkId: string, agencyId: string, on: string): LedgerEvent => ({ checkId, agencyId, on });

  it('warns of two agencies in separate checks within 30 days, not of one joint check', () => {
    expect(capWarnings([ev('j', 'A', '2026-12-01'), ev('j', 'B', '2026-12-01')], [], '2026-12-10')).toEqual([]);
    expect(capWarnings([ev('1', 'A', '2026-12-01'), ev('2', 'B', '2026-12-05')], [], '2026-12-10')).toEqual([{ kind: 'multi_agency', agencyIds: ['A', 'B'] }]);
    // 30 days before today no longer counts
    expect(capWarnings([ev('1', 'A', '2026-11-10'), ev('2', 'B', '2026-12-05')], [], '2026-12-10')).toEqual([]);
  });

  it('warns of one agency twice within 90 days, and of counts at or one short of a cap', () => {
    const warnings = capWarnings(
      [ev('1', 'A', '2026-09-20'), ev('2', 'A', '2026-11-01')],
      [
        { agencyId: 'A', used: 2, max: 4 },
        { agencyId: 'B', used: 1, max: 2 },
        { agencyId: 'C', used: 7, max: null },
      ],
      '2026-12-10',
    );
    expect(warnings).toEqual([
      { kind: 'repeat', agencyIds: ['A'] },
      { kind: 'high_frequency', agencyIds: ['B'] },
    ]);
    expect(capWarnings([ev('1', 'A', '2026-09-10'), ev('2', 'A', '2026-11-01')], [], '2026-12-10')).toEqual([]);
  });

  it('advises merging into a joint check, naming the agencies', () => {
    expect(mergeAdvice(['市场监管局', '应急管理局'])).toBe('该企业近期已被市场监管局、应急管理局检查，建议合并为联合检查（综合查一次）');
    expect(mergeAdvice([])).toBeNull();
  });
});

describe('联合检查率', () => {
  it('is the share of checks done jointly, rounded down; none without checks; targets 60 % then 80 % from 2027', () => {
    expect(jointCheckRateBp(2, 3)).toBe(6666);
    expect(jointCheckRateBp(0, 0)).toBeNull();
    expect(jointCheckRateTargetBp(2026)).toBe(6000);
    expect(jointCheckRateTargetBp(2027)).toBe(8000);
  });
});
