import { MAX_PUBLISHED_CAP_PER_YEAR, RISK_CLASSES } from '@liancha/domain';
import { z } from 'zod';
import { ZId } from '../../trpc/schemas.js';

const ZYear = z.number().int().min(2000, '年度无效').max(2100, '年度无效');

/** One enterprise class of an agency's caps: a sector, optionally one risk class, the expected frequency and the cap. */
const ZCapLine = z.object({
  sectorCode: z.string().trim().min(1, '请选择行业领域').max(40, '行业领域代码过长'),
  riskClass: z.enum(RISK_CLASSES, { error: '风险等级应为A、B、C或D' }).nullable(),
  expectedPerYear: z
    .number()
    .int('检查频次须为整数')
    .min(0, '检查频次不能为负数')
    .max(MAX_PUBLISHED_CAP_PER_YEAR, `检查频次不能超过${MAX_PUBLISHED_CAP_PER_YEAR}次`),
  maxPerYear: z
    .number()
    .int('年度检查上限须为整数')
    .min(1, '年度检查上限至少为1次')
    .max(MAX_PUBLISHED_CAP_PER_YEAR, `年度检查上限不能超过${MAX_PUBLISHED_CAP_PER_YEAR}次`),
});

export const ZPublishCaps = z.object({
  agencyId: ZId,
  year: ZYear,
  note: z.string().trim().max(1000, '说明不能超过1000字').default(''),
  lines: z.array(ZCapLine).min(1, '至少需要一类企业的年度检查频次上限').max(200, '一次最多公布200类'),
});

export const ZCapsRequest = z.object({ year: ZYear.optional() });
export const ZCapHistoryRequest = z.object({ agencyId: ZId, year: ZYear });
export const ZLedgerRequest = z.object({ objectId: ZId, year: ZYear.optional() });
export const ZCapFiguresRequest = z.object({ year: ZYear.optional(), agencyId: ZId.optional() });
export const ZCapWarningsRequest = z.object({
  year: ZYear.optional(),
  after: z.string().max(40, '分页位置无效').optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const ZCapBreachesRequest = z.object({
  year: ZYear.optional(),
  agencyId: ZId.optional(),
  after: z.object({ uscc: z.string().max(40, '分页位置无效'), agencyId: ZId }).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
