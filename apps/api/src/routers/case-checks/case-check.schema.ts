import { CASE_CHECK_SORT_FIELDS } from '@liancha/db';
import { CASE_CHECK_STATUS_LABELS, CASE_CHECK_STATUSES, CASE_TRIGGER_LABELS, CASE_TRIGGERS, choiceText, MIN_OFFICERS_PER_TEAM } from '@liancha/domain';
import { z } from 'zod';
import { listRequest, ZDate, ZId, ZSearch } from '../../trpc/schemas.js';

export const ZCaseTrigger = z.enum(CASE_TRIGGERS, { error: `启动原因应为${choiceText(CASE_TRIGGERS, CASE_TRIGGER_LABELS)}` });

/** 行政检查审批 as the requester fills it in: which enterprise, why, on what basis, when, and who inspects. */
export const ZRequestCaseCheck = z
  .object({
    objectId: ZId,
    /** A 个案检查 states its trigger; a check under a published 专项检查 names the campaign instead. */
    trigger: ZCaseTrigger.optional(),
    campaignId: ZId.optional(),
    reason: z.string().trim().min(1, '请填写检查事由').max(2000, '检查事由不能超过2000字'),
    legalBasis: z.string().trim().min(1, '请填写检查依据').max(1000, '检查依据不能超过1000字'),
    windowFrom: ZDate,
    windowTo: ZDate,
    /** An emergency check already carried out, for approval afterwards (补办审批). */
    emergency: z.boolean().default(false),
    officerIds: z
      .array(ZId)
      .min(MIN_OFFICERS_PER_TEAM, `每次检查至少需要${MIN_OFFICERS_PER_TEAM}名执法人员`)
      .max(20, '执法人员不能超过20名')
      .refine((ids) => new Set(ids).size === ids.length, '执法人员不能重复'),
  })
  .superRefine((value, ctx) => {
    if (value.campaignId === undefined && value.trigger === undefined) ctx.addIssue({ code: 'custom', path: ['trigger'], message: '请选择启动原因' });
    if (value.campaignId !== undefined && value.trigger !== undefined)
      ctx.addIssue({ code: 'custom', path: ['trigger'], message: '专项检查下的检查不填启动原因：依据是所属的专项检查计划' });
  });

export const ZCaseCheckDecision = z.object({
  id: ZId,
  note: z.string().trim().max(500, '审批意见不能超过500字').optional(),
  /** A 专项 check past the agency's yearly cap: the exemption the head states (recorded for the leadership group). */
  capExemption: z.string().trim().max(500, '超过频次上限的理由不能超过500字').optional(),
});
export const ZCaseCheckRejection = z.object({ id: ZId, note: z.string().trim().min(1, '不予批准须写明理由').max(500, '审批意见不能超过500字') });
export const ZCompleteCaseCheck = z.object({
  id: ZId,
  endedOn: ZDate,
  findings: z.string().trim().min(1, '请填写检查情况').max(4000, '检查情况不能超过4000字'),
});
export const ZCaseCheckStepRequest = z.object({ id: ZId });

export const ZCaseCheckStatus = z.enum(CASE_CHECK_STATUSES, { error: `状态应为${choiceText(CASE_CHECK_STATUSES, CASE_CHECK_STATUS_LABELS)}` });
export const ZListCaseChecksRequest = listRequest(CASE_CHECK_SORT_FIELDS, 'requestedAt', {
  search: ZSearch,
  objectId: ZId.optional(),
  agencyId: ZId.optional(),
  campaignId: ZId.optional(),
  statuses: z.array(ZCaseCheckStatus).max(CASE_CHECK_STATUSES.length).optional(),
});
