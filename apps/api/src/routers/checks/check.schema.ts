import { CHECK_STATUSES, RESULT_CODE_LIST, VERIFICATION_METHOD_LIST } from '@liancha/domain';
import { z } from 'zod';
import { CHECK_SORT_FIELDS } from '@liancha/db';
import { listRequest, paging, ZDate, ZId } from '../../trpc/schemas.js';

const ZCheckFilter = z.object({
  taskId: ZId.optional(),
  /** Only checks whose team includes the caller (an inspector's "my checks"). */
  mine: z.boolean().default(false),
  statuses: z.array(z.enum(CHECK_STATUSES)).max(CHECK_STATUSES.length).optional(),
});
/** A page of checks (a province's year holds tens of thousands). */
export const ZListChecksRequest = listRequest(CHECK_SORT_FIELDS, 'scheduledOn', ZCheckFilter.shape);
export const ZCheckRequest = z.object({ checkId: ZId });
/** The results of the listed checks, one line per item, a page at a time (for the export). */
export const ZResultLinesRequest = z.object({ ...paging, filter: ZCheckFilter.default({ mine: false }) });
export const ZNoticeRequest = z.object({
  checkId: ZId,
  scheduledOn: ZDate,
  materials: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  contact: z.string().trim().max(200).default(''),
  note: z.string().trim().max(2000).default(''),
});
export const ZStartRequest = z.object({ checkId: ZId, on: ZDate });
export const ZRecordResultRequest = z.object({
  checkId: ZId,
  itemId: ZId,
  resultCode: z.enum(RESULT_CODE_LIST as [string, ...string[]], { error: '检查结果代码无效' }),
  findings: z.string().trim().max(5000).default(''),
  verificationMethods: z
    .array(z.enum(VERIFICATION_METHOD_LIST as [string, ...string[]]))
    .min(1, '请选择至少一种核查方式')
    .max(6),
});
/**
 * One form per check: the caller's agency's results of all its items at once. An item whose result
 * is left empty is not saved (its other fields must then be empty too); each fault names its item.
 */
export const ZRecordResultsRequest = z.object({
  checkId: ZId,
  results: z
    .array(
      z.object({
        itemId: ZId,
        resultCode: z.union([z.literal(''), z.enum(RESULT_CODE_LIST as [string, ...string[]], { error: '检查结果代码无效' })]).default(''),
        findings: z.string().trim().max(5000).default(''),
        verificationMethods: z
          .array(z.enum(VERIFICATION_METHOD_LIST as [string, ...string[]]))
          .max(6)
          .default([]),
      }),
    )
    .min(1, '没有可录入的检查事项')
    .max(200),
});
export const ZReturnResultsRequest = z.object({ checkId: ZId, reason: z.string().trim().min(1, '请填写退回原因').max(1000) });

/** 10 MiB as base64, with room for line breaks. */
const MAX_EVIDENCE_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4096;
export const ZUploadEvidenceRequest = z.object({
  checkId: ZId,
  itemId: ZId,
  filename: z.string().max(255, '文件名过长'),
  contentBase64: z.string().min(1, '请选择文件').max(MAX_EVIDENCE_BASE64, '文件超过10 MiB的上限'),
});
export const ZDownloadEvidenceRequest = z.object({ id: ZId });

export const ZTaskChecksRequest = z.object({ taskId: ZId });
/** One visit step over many checks of a task: every check moves, or none does. */
export const ZVisitManyRequest = z.discriminatedUnion('step', [
  z.object({
    taskId: ZId,
    checkIds: z.array(ZId).min(1, '请选择要办理的检查').max(2000, '一次最多办理 2000 户'),
    step: z.literal('notify'),
    scheduledOn: ZDate,
    materials: ZNoticeRequest.shape.materials,
    contact: ZNoticeRequest.shape.contact,
    note: ZNoticeRequest.shape.note,
  }),
  z.object({
    taskId: ZId,
    checkIds: z.array(ZId).min(1, '请选择要办理的检查').max(2000, '一次最多办理 2000 户'),
    step: z.enum(['start', 'finish']),
    on: ZDate,
  }),
]);

/** 扫码签到: what the scanner read off the enterprise's licence (its code, or a link carrying it), or the code typed in. */
export const ZCheckInRequest = z.object({ checkId: ZId, uscc: z.string().trim().min(1, '请扫描企业营业执照二维码或输入统一社会信用代码').max(500) });
export const ZExplainNoCheckInRequest = z.object({ checkId: ZId, reason: z.string().trim().min(1, '请说明未扫码签到的原因').max(500) });
