import { CAMPAIGN_SORT_FIELDS } from '@liancha/db';
import { CAMPAIGN_LEVEL_LABELS, CAMPAIGN_LEVELS, CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUSES, choiceText } from '@liancha/domain';
import { z } from 'zod';
import { listRequest, ZDate, ZId, ZSearch } from '../../trpc/schemas.js';
import { ZRegionCode } from '../public/region-overview.schema.js';

const ZYear = z.number({ error: '请填写年度' }).int('年度应为整数').min(2000, '年度不能早于2000年').max(2100, '年度不能晚于2100年');

/** 专项检查计划 as the agency writes it: name, basis, content, who is checked, when, and who deployed it. */
export const ZCreateCampaign = z
  .object({
    year: ZYear,
    name: z.string().trim().min(1, '请填写专项检查名称').max(200, '名称不能超过200字'),
    legalBasis: z.string().trim().min(1, '请填写检查依据').max(1000, '检查依据不能超过1000字'),
    content: z.string().trim().min(1, '请填写检查内容').max(4000, '检查内容不能超过4000字'),
    scopeSectors: z.array(z.string().trim().min(1).max(20)).max(50, '行业领域不能超过50个').default([]),
    scopeCount: z.number().int('计划检查企业数应为整数').min(1, '计划检查企业数至少为1').max(1_000_000, '计划检查企业数过大').nullable().default(null),
    scopeNote: z.string().trim().max(1000, '检查对象说明不能超过1000字').default(''),
    level: z.enum(CAMPAIGN_LEVELS, { error: `部署层级应为${choiceText(CAMPAIGN_LEVELS, CAMPAIGN_LEVEL_LABELS)}` }).default('own'),
    deployedBy: z.string().trim().max(200, '部署机关不能超过200字').optional(),
    windowFrom: ZDate,
    windowTo: ZDate,
  })
  .superRefine((value, ctx) => {
    if (value.level === 'higher' && !value.deployedBy)
      ctx.addIssue({ code: 'custom', path: ['deployedBy'], message: '上级部署的专项检查须写明部署机关（如省应急管理厅）' });
    if (value.scopeSectors.length === 0 && value.scopeCount === null && !value.scopeNote)
      ctx.addIssue({ code: 'custom', path: ['scopeNote'], message: '请写明检查对象：行业领域、计划检查企业数或对象说明至少一项' });
  });

export const ZCampaignStepRequest = z.object({ id: ZId });
export const ZCampaignApproval = z.object({ id: ZId, note: z.string().trim().max(500, '审批意见不能超过500字').optional() });
export const ZCampaignRejection = z.object({ id: ZId, note: z.string().trim().min(1, '不予批准须写明理由').max(500, '审批意见不能超过500字') });
export const ZFileCampaign = z.object({
  id: ZId,
  filingNo: z.string().trim().min(1, '请填写备案号').max(100, '备案号不能超过100字'),
  filedWith: z.string().trim().min(1, '请填写备案机关').max(200, '备案机关不能超过200字'),
});

export const ZSetCampaignQuota = z.object({
  agencyId: ZId,
  year: ZYear,
  quota: z.number({ error: '请填写年度限额' }).int('年度限额应为整数').min(0, '年度限额不能为负数').max(100, '年度限额不能超过100项'),
});
export const ZCampaignQuotasRequest = z.object({ year: ZYear });

const ZCampaignStatus = z.enum(CAMPAIGN_STATUSES, { error: `状态应为${choiceText(CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS)}` });
export const ZListCampaignsRequest = listRequest(CAMPAIGN_SORT_FIELDS, 'createdAt', {
  search: ZSearch,
  agencyId: ZId.optional(),
  year: ZYear.optional(),
  statuses: z.array(ZCampaignStatus).max(CAMPAIGN_STATUSES.length).optional(),
});

/** The public portal's list: a region's published campaigns. */
export const ZPublicCampaignsRequest = listRequest(CAMPAIGN_SORT_FIELDS, 'windowFrom', { search: ZSearch, year: ZYear.optional() }).extend({
  regionCode: ZRegionCode,
});
export const ZPublicCampaignRequest = z.object({ regionCode: ZRegionCode, id: ZId });
