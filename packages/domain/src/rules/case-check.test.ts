import { describe, expect, it } from 'vitest';
import { caseEndedOnRefusal, caseOfficerIssues, caseWindowRefusal, type CaseOfficer } from './case-check.js';
import { assertCaseCheckStep } from './case-check-state.js';

const A = 'agency-a';
const officer = (name: string, extra: Partial<CaseOfficer> = {}): CaseOfficer => ({
  name,
  agencyId: A,
  isExpert: false,
  status: 'on_duty',
  certificateExpiry: '2027-12-31',
  ...extra,
});

describe('个案检查的执法人员', () => {
  it('takes two on-duty officers of the agency whose certificates last through the check', () => {
    expect(caseOfficerIssues([officer('甲'), officer('乙')], A, '2027-12-31')).toEqual([]);
  });

  it('names each officer who may not inspect, and a team short of two', () => {
    const issues = caseOfficerIssues(
      [
        officer('甲', { agencyId: 'other' }),
        officer('乙', { isExpert: true }),
        officer('丙', { status: 'on_leave' }),
        officer('丁', { certificateExpiry: '2026-12-30' }),
      ],
      A,
      '2026-12-31',
    );
    expect(issues).toEqual([
      { field: 'officerIds.0', message: '甲不是本部门的执法人员' },
      { field: 'officerIds.1', message: '乙是专家，不能作为执法人员实施检查' },
      { field: 'officerIds.2', message: '丙当前不在岗' },
      { field: 'officerIds.3', message: '丁的执法证 2026-12-30 到期，早于检查结束日期 2026-12-31' },
      { field: 'officerIds', message: '每次检查至少需要2名持有效执法证的执法人员，当前符合条件的为0名' },
    ]);
    expect(caseOfficerIssues([officer('甲')], A, '2026-12-31')).toEqual([
      { field: 'officerIds', message: '每次检查至少需要2名持有效执法证的执法人员，当前符合条件的为1名' },
    ]);
  });
});

describe('个案检查的日期', () => {
  const today = '2026-12-06';
  it('needs approval before the check begins, unless an emergency already done is approved afterwards', () => {
    expect(caseWindowRefusal({ from: '2026-12-06', to: '2026-12-10' }, today, false)).toBeNull();
    expect(caseWindowRefusal({ from: '2026-12-05', to: '2026-12-10' }, today, false)?.issues).toEqual([
      { field: 'windowFrom', message: '检查须事先审批：开始日期 2026-12-05 不能早于今天 2026-12-06（紧急情况请按事后补办审批登记）' },
    ]);
    expect(caseWindowRefusal({ from: '2026-12-04', to: '2026-12-05' }, today, true)).toBeNull();
    expect(caseWindowRefusal({ from: '2026-12-04', to: '2026-12-07' }, today, true)?.issues[0]?.field).toBe('windowTo');
    expect(caseWindowRefusal({ from: '2026-12-10', to: '2026-12-09' }, today, false)?.issues[0]?.field).toBe('windowTo');
  });

  it('is done within its approved window and not in the future', () => {
    const window = { from: '2026-12-01', to: '2026-12-10' };
    expect(caseEndedOnRefusal('2026-12-05', window, today)).toBeNull();
    expect(caseEndedOnRefusal('2026-12-07', window, today)?.message).toBe('完成日期 2026-12-07 不能晚于今天 2026-12-06');
    expect(caseEndedOnRefusal('2026-11-30', window, today)?.message).toBe('完成日期须在批准的检查期间 2026-12-01 至 2026-12-10 之内');
  });
});

describe('个案检查的步骤', () => {
  it('approves or rejects a waiting request, completes an approved one, withdraws one not done', () => {
    expect(() => assertCaseCheckStep('submitted', 'approve')).not.toThrow();
    expect(() => assertCaseCheckStep('approved', 'complete')).not.toThrow();
    expect(() => assertCaseCheckStep('approved', 'withdraw')).not.toThrow();
    expect(() => assertCaseCheckStep('submitted', 'complete')).toThrow('该个案检查当前状态为“待审批”，不能登记检查情况：仅“已批准（待实施）”状态可以');
    expect(() => assertCaseCheckStep('done', 'withdraw')).toThrow('仅“待审批”或“已批准（待实施）”状态可以');
  });
});
