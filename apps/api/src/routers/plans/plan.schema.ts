import { z } from 'zod';
import { ZDate, ZId } from '../../trpc/schemas.js';

const ZBatch = z.object({
  seq: z.number().int().min(1, '批次序号从1开始'),
  name: z.string().trim().min(1, '请填写批次名称').max(50),
  startsOn: ZDate,
  endsOn: ZDate,
  quantity: z.number().int().min(0).nullable().default(null),
  ratioBp: z.number().int().min(0).max(10000).nullable().default(null),
  scope: z.record(z.string(), z.unknown()).default({}),
});

/** Caps per risk class (A–D): at most this many random checks per object per year. */
export const ZFrequencyCaps = z
  .object({ A: z.number().int().min(0), B: z.number().int().min(0), C: z.number().int().min(0), D: z.number().int().min(0) })
  .partial()
  .default({ A: 1, B: 1, C: 1, D: 1 });

const contents = {
  title: z.string().trim().min(1, '请填写计划名称').max(200),
  ratioFloorBp: z.number().int().min(0).max(10000, '抽查比例不能超过100%'),
  frequencyCaps: ZFrequencyCaps,
  notes: z.string().trim().max(5000).default(''),
  itemIds: z.array(ZId).max(200),
  batches: z.array(ZBatch).min(1, '至少需要一个抽查批次').max(24),
};

export const ZCreatePlanRequest = z.object({ year: z.number().int().min(2000).max(2100), ...contents });
export const ZUpdatePlanRequest = z.object({ id: ZId, ...contents });
export const ZPlanStepRequest = z.object({ id: ZId });
export const ZRejectPlanRequest = z.object({ id: ZId, reason: z.string().trim().min(1, '请填写退回原因').max(1000) });
export const ZAdjustPlanRequest = z.object({ id: ZId, reason: z.string().trim().min(1, '请填写调整原因').max(1000) });
export const ZListPlansRequest = z.object({ year: z.number().int().optional(), agencyId: ZId.optional() });
