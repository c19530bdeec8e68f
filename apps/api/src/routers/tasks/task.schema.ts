import { TASK_KINDS, TASK_STATUSES } from '@liancha/domain';
import { z } from 'zod';
import { ZMatrix, ZPoolFilter, ZTeamRules } from '../../tasks/task-config.schema.js';
import { TASK_SORT_FIELDS } from '@liancha/db';
import { listRequest, ZDate, ZId, ZSearch } from '../../trpc/schemas.js';

export const ZCreateTaskRequest = z
  .object({
    title: z.string().trim().min(1, '请填写任务名称').max(200),
    /** From a batch of the agency's published annual plan, or ad hoc (临时任务, marked so). */
    planBatchId: ZId.nullable().default(null),
    kind: z.enum(TASK_KINDS).default('inter_agency'),
    inspectionStartsOn: ZDate,
    inspectionEndsOn: ZDate,
    partnerAgencyIds: z.array(ZId).max(20).default([]),
    /** Internal joint checks: the units (股室/中心) of the lead agency taking part. */
    unitIds: z.array(ZId).max(20).default([]),
    /** 补录: a task whose inspections began before today says why (shown on its 公示); null otherwise. */
    backfillReason: z.string().trim().max(500, '补录原因不超过500字').nullable().default(null),
    /** A second task of the same plan batch is created only when the coordinator confirms it. */
    confirmSameBatch: z.boolean().default(false),
  })
  .refine((t) => t.inspectionEndsOn >= t.inspectionStartsOn, { message: '检查结束日期不能早于开始日期', path: ['inspectionEndsOn'] })
  .refine((t) => t.kind === 'internal' || t.unitIds.length === 0, { message: '只有部门内部联合检查才按股室参加', path: ['unitIds'] })
  .refine((t) => t.kind === 'inter_agency' || t.unitIds.length >= 2, { message: '部门内部联合检查至少需要两个股室（中心）', path: ['unitIds'] });

export const ZTaskRequest = z.object({ taskId: ZId });
/** A page of tasks, newest first unless sorted otherwise (a province's year holds thousands). */
export const ZListTasksRequest = listRequest(TASK_SORT_FIELDS, 'createdAt', {
  status: z.enum(TASK_STATUSES).optional(),
  year: z.number().int().min(2000, '年份不正确').max(2100, '年份不正确').optional(),
  search: ZSearch,
});
export const ZRespondRequest = z.object({ taskId: ZId, accept: z.boolean() });
export const ZSetItemsRequest = z.object({ taskId: ZId, itemIds: z.array(ZId).min(1, '至少选择一个抽查事项').max(100) });
export const ZSetInspectorsRequest = z.object({ taskId: ZId, inspectorIds: z.array(ZId).min(1, '至少选择一名检查人员').max(2000) });
/** Team rules may be left out (null) for an object-only draw. */
export const ZConfigureRequest = z.object({ taskId: ZId, poolFilter: ZPoolFilter, matrix: ZMatrix, teamRules: ZTeamRules.nullable() });
export const ZPreviewRequest = z.object({ taskId: ZId, fairnessSeeds: z.number().int().min(0).max(2000).default(0) });

/** 行政检查审批 of the task's checks by the caller's agency head, with an optional note. */
export const ZApproveChecksRequest = z.object({ taskId: ZId, note: z.string().trim().max(500).default('') });
