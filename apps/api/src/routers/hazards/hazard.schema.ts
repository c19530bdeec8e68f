import {
  choiceText,
  ESCALATION_MEASURES,
  HAZARD_SEVERITIES,
  HAZARD_SEVERITY_LABELS,
  HAZARD_STATUSES,
  LISTING_LEVEL_LABELS,
  LISTING_LEVELS,
} from '@liancha/domain';
import { HAZARD_SORT_FIELDS } from '@liancha/db';
import { z } from 'zod';
import { listRequest, ZDate, ZId, ZSearch } from '../../trpc/schemas.js';

const ZNote = z.string().trim().max(2000, '说明不能超过2000字');
const required = (message: string) => ZNote.min(1, message);

export const ZHazardSeverity = z.enum(HAZARD_SEVERITIES, { error: `隐患等级应为${choiceText(HAZARD_SEVERITIES, HAZARD_SEVERITY_LABELS)}` });
export const ZHazardStatus = z.enum(HAZARD_STATUSES, { error: '隐患状态不正确' });
export const ZListingLevel = z.enum(LISTING_LEVELS, { error: `督办级别应为${choiceText(LISTING_LEVELS, LISTING_LEVEL_LABELS)}` });
export const ZEscalationMeasure = z.enum(ESCALATION_MEASURES, { error: '升级处置措施不正确' });

/** Dates left out mean today (in China). */
export const ZCreateHazardRequest = z.object({
  objectId: ZId,
  checkId: ZId.nullable().default(null),
  severity: ZHazardSeverity,
  description: required('请填写隐患描述'),
  foundOn: ZDate.optional(),
  rectificationDeadline: ZDate,
});

export const ZReportRectifiedRequest = z.object({ id: ZId, rectifiedOn: ZDate.optional(), note: required('请填写整改情况') });
export const ZReinspectRequest = z.object({
  id: ZId,
  reinspectedOn: ZDate.optional(),
  passed: z.boolean({ error: '请选择复查是否合格' }),
  newDeadline: ZDate.nullable().default(null),
  note: required('请填写复查意见'),
});
export const ZPutUnderSupervisionRequest = z.object({
  id: ZId,
  listingLevel: ZListingLevel,
  supervisingBody: z.string().trim().min(1, '请填写督办单位').max(200, '督办单位不能超过200字'),
  listingDeadline: ZDate,
  note: ZNote.default(''),
});
const ZPlanPart = z.string().max(2000, '不能超过2000字');
export const ZFilePlanRequest = z.object({
  id: ZId,
  plan: z.object({ responsibility: ZPlanPart, measures: ZPlanPart, funds: ZPlanPart, timeLimit: ZPlanPart, contingency: ZPlanPart }),
  note: ZNote.default(''),
});
export const ZReportProgressRequest = z.object({ id: ZId, reportedOn: ZDate.optional(), note: required('请填写整改进展') });
export const ZRequestAcceptanceRequest = z.object({ id: ZId, requestedOn: ZDate.optional(), note: ZNote.default('') });
export const ZAcceptRequest = z.object({
  id: ZId,
  acceptedOn: ZDate.optional(),
  passed: z.boolean({ error: '请选择验收是否合格' }),
  note: required('请填写验收意见'),
});
export const ZWriteOffRequest = z.object({ id: ZId, note: required('请填写审查意见') });
export const ZEscalateRequest = z.object({
  id: ZId,
  measures: z.array(ZEscalationMeasure).min(1, '请选择至少一项升级处置措施').max(5),
  note: required('请填写升级处置说明'),
});

const filter = {
  search: ZSearch,
  severity: ZHazardSeverity.optional(),
  statuses: z.array(ZHazardStatus).max(8).optional(),
  objectId: ZId.optional(),
  checkId: ZId.optional(),
  agencyId: ZId.optional(),
  overdueOnly: z.boolean().optional(),
};
export const ZListHazardsRequest = listRequest(HAZARD_SORT_FIELDS, 'foundOn', filter);
export const ZOverdueHazardsRequest = listRequest(HAZARD_SORT_FIELDS, 'listingDeadline', { severity: filter.severity, agencyId: filter.agencyId });

/** 10 MiB as base64, with room for line breaks. */
const MAX_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4096;
export const ZUploadAttachmentRequest = z.object({
  hazardId: ZId,
  /** A step of the hazard's timeline (a progress report, an acceptance …); null for the hazard itself. */
  stepId: ZId.nullable().default(null),
  filename: z.string().max(255, '文件名过长'),
  contentBase64: z.string().min(1, '请选择文件').max(MAX_BASE64, '文件超过10 MiB的上限'),
});
