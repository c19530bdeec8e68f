import { describe, expect, it } from 'vitest';
import {
  checkApprovalApplies,
  checkInDateRefusal,
  checkInUsccRefusal,
  pendingCheckApprovals,
  resultsWithoutCheckInRefusal,
  unapprovedChecksRefusal,
} from './check-approval.js';

const confirmed = (agencyName: string, checksApprovedAt: string | null = null) => ({ agencyName, status: 'confirmed' as const, checksApprovedAt });

describe('check approval of a joint task', () => {
  it('applies to tasks inspecting since the 2025 rules, and to tasks without dates, not to the 2020 history', () => {
    expect(checkApprovalApplies('2020-04-01')).toBe(false);
    expect(checkApprovalApplies('2025-01-02')).toBe(false);
    expect(checkApprovalApplies('2025-01-03')).toBe(true);
    expect(checkApprovalApplies('2026-12-01')).toBe(true);
    expect(checkApprovalApplies(null)).toBe(true);
  });

  it('waits for the head of every agency that confirmed, not for one that declined or was only invited', () => {
    const participants = [
      confirmed('应急管理局', '2026-12-01T02:00:00Z'),
      confirmed('市场监督管理局'),
      { agencyName: '消防救援大队', status: 'declined' as const, checksApprovedAt: null },
      { agencyName: '住建局', status: 'invited' as const, checksApprovedAt: null },
    ];
    expect(pendingCheckApprovals(participants)).toEqual(['市场监督管理局']);
    const refusal = unapprovedChecksRefusal('2026-12-01', participants);
    expect(refusal?.reason).toBe('checks_not_approved');
    expect(refusal?.message).toContain('市场监督管理局负责人审批');
    expect(unapprovedChecksRefusal('2020-04-01', participants)).toBeNull();
    expect(unapprovedChecksRefusal('2026-12-01', [confirmed('应急管理局', '2026-12-01T02:00:00Z')])).toBeNull();
  });
});

describe('check-in by the enterprise code', () => {
  const uscc = '91350881MA2XYZ1234';
  it('takes the code typed in any case or with spaces, or the licence QR link carrying it, and refuses another enterprise', () => {
    expect(checkInUsccRefusal('91350881ma2xyz1234', uscc)).toBeNull();
    expect(checkInUsccRefusal(' 91350881 MA2XYZ 1234 ', uscc)).toBeNull();
    expect(checkInUsccRefusal(`https://www.gsxt.gov.cn/qr?uniscid=${uscc}&x=1`, uscc)).toBeNull();
    const refusal = checkInUsccRefusal('91350881MA2XYZ9999', uscc);
    expect(refusal?.issues).toEqual([{ field: 'uscc', message: expect.stringContaining(uscc) }]);
  });

  it('blocks results of a check under the 2025 rules until check-in or a stated reason', () => {
    expect(resultsWithoutCheckInRefusal({ startsOn: '2026-12-01', checkedInAt: null, noCheckInReason: null })?.reason).toBe('not_checked_in');
    expect(resultsWithoutCheckInRefusal({ startsOn: '2026-12-01', checkedInAt: '2026-12-02T01:00:00Z', noCheckInReason: null })).toBeNull();
    expect(resultsWithoutCheckInRefusal({ startsOn: '2026-12-01', checkedInAt: null, noCheckInReason: '企业无营业执照二维码' })).toBeNull();
    expect(resultsWithoutCheckInRefusal({ startsOn: '2020-04-01', checkedInAt: null, noCheckInReason: null })).toBeNull();
  });

  it('checks in only on a day of the approved window', () => {
    const window = { startsOn: '2027-03-01', endsOn: '2027-03-31' };
    expect(checkInDateRefusal('2027-03-01', window)).toBeNull();
    expect(checkInDateRefusal('2027-03-31', window)).toBeNull();
    expect(checkInDateRefusal('2027-02-28', window)?.reason).toBe('check_in_outside_window');
    expect(checkInDateRefusal('2027-04-01', window)?.reason).toBe('check_in_outside_window');
  });
});
