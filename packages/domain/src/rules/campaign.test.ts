import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  CAMPAIGN_QUOTA_PER_YEAR,
  campaignCheckRefusal,
  campaignPublicationLate,
  campaignPublishBy,
  campaignQuota,
  campaignQuotaRefusal,
  campaignWindowRefusal,
} from './campaign.js';
import { assertCampaignStep, CAMPAIGN_STEP_ACTOR, CAMPAIGN_STEPS } from './campaign-state.js';

describe('专项检查的年度限额', () => {
  it('takes the leadership group’s quota for the agency and year, else the default', () => {
    expect(campaignQuota(null)).toBe(CAMPAIGN_QUOTA_PER_YEAR);
    expect(campaignQuota(5)).toBe(5);
    expect(campaignQuota(0)).toBe(0);
  });

  it('refuses one more campaign once the agency’s campaigns of the year fill its quota', () => {
    expect(campaignQuotaRefusal({ agencyName: '应急局', year: 2026, quota: 2, counted: 1 })).toBeNull();
    const refused = campaignQuotaRefusal({ agencyName: '应急局', year: 2026, quota: 2, counted: 2 });
    expect(refused?.message).toBe('应急局2026年度专项检查限额为2项，已提交或批准2项，不能再提交：如确需开展，请报领导小组调整年度限额');
    expect(refused?.issues).toEqual([{ field: 'year', message: refused?.message }]);
    expect(campaignQuotaRefusal({ agencyName: '应急局', year: 2026, quota: 0, counted: 0 })).not.toBeNull();
  });
});

describe('专项检查计划的公布期限', () => {
  it('is one calendar month after approval, the month’s last day when it is shorter', () => {
    expect(addCalendarMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-20', 1)).toBe('2027-01-20');
    expect(campaignPublishBy('2026-05-31')).toBe('2026-06-30');
  });

  it('flags a plan published, or still unpublished, after the deadline', () => {
    expect(campaignPublicationLate('2026-03-15', '2026-04-15', '2026-05-01')).toBe(false);
    expect(campaignPublicationLate('2026-03-15', '2026-04-16', '2026-05-01')).toBe(true);
    expect(campaignPublicationLate('2026-03-15', null, '2026-04-15')).toBe(false);
    expect(campaignPublicationLate('2026-03-15', null, '2026-04-16')).toBe(true);
  });
});

describe('专项检查的期间', () => {
  const today = '2026-03-01';
  it('lies within its year, first day not after the last, not already over', () => {
    expect(campaignWindowRefusal({ year: 2026, from: '2026-04-01', to: '2026-06-30' }, today)).toBeNull();
    expect(campaignWindowRefusal({ year: 2026, from: '2026-02-01', to: '2026-03-01' }, today)).toBeNull();
    expect(campaignWindowRefusal({ year: 2026, from: '2026-06-30', to: '2026-04-01' }, today)?.issues[0]?.field).toBe('windowTo');
    expect(campaignWindowRefusal({ year: 2026, from: '2025-12-01', to: '2026-04-01' }, today)?.message).toBe('开始日期 2025-12-01 不在计划年度 2026 年之内');
    expect(campaignWindowRefusal({ year: 2026, from: '2026-12-01', to: '2027-01-10' }, today)?.issues[0]?.field).toBe('windowTo');
    expect(campaignWindowRefusal({ year: 2026, from: '2026-01-01', to: '2026-02-28' }, today)?.message).toBe(
      '结束日期 2026-02-28 已经过去：专项检查计划须在检查之前制定',
    );
  });

  it('lets a check be requested only under a published campaign of the agency, inside its window', () => {
    const campaign = { status: 'published' as const, agencyId: 'a', windowFrom: '2026-04-01', windowTo: '2026-06-30', name: '危化品专项' };
    const check = { agencyId: 'a', windowFrom: '2026-04-10', windowTo: '2026-04-12' };
    expect(campaignCheckRefusal(campaign, check)).toBeNull();
    expect(campaignCheckRefusal({ ...campaign, status: 'filed' }, check)?.message).toBe(
      '专项检查“危化品专项”尚未公布或已结束：须先公布检查计划，才能据此实施检查',
    );
    expect(campaignCheckRefusal({ ...campaign, status: 'closed' }, check)).not.toBeNull();
    expect(campaignCheckRefusal(campaign, { ...check, agencyId: 'b' })?.message).toBe('专项检查“危化品专项”不是本部门的专项检查');
    expect(campaignCheckRefusal(campaign, { ...check, windowTo: '2026-07-01' })?.message).toBe('检查日期须在专项检查期间 2026-04-01 至 2026-06-30 之内');
  });
});

describe('专项检查的步骤', () => {
  it('goes draft → submitted → approved → filed → published → closed; rejected from submitted; withdrawn before publication', () => {
    const path = [
      ['draft', 'submit'],
      ['submitted', 'approve'],
      ['approved', 'file'],
      ['filed', 'publish'],
      ['published', 'close'],
      ['submitted', 'reject'],
      ['filed', 'withdraw'],
    ] as const;
    for (const [status, step] of path) expect(() => assertCampaignStep(status, step)).not.toThrow();
    expect(() => assertCampaignStep('approved', 'publish')).toThrow('该专项检查当前状态为“已批准（待备案）”，不能公布：仅“已备案（待公布）”状态可以');
    expect(() => assertCampaignStep('published', 'withdraw')).toThrow('仅“草稿”或“待审批”或“已批准（待备案）”或“已备案（待公布）”状态可以');
    expect(() => assertCampaignStep('rejected', 'submit')).toThrow();
  });

  it('gives approval and 备案 to the leadership group, every other step to the agency', () => {
    expect(CAMPAIGN_STEPS.filter((step) => CAMPAIGN_STEP_ACTOR[step] === 'leadership')).toEqual(['approve', 'reject', 'file']);
  });
});
