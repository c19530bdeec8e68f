import { FREQUENCY_CAP_PER_YEAR, RISK_CLASSES } from '@liancha/domain';
import { z } from 'zod';
import { ZDate, ZId } from '../../trpc/schemas.js';

const ZBatch = z.object({
  seq: z.number().int().min(1, '批次序号从1开始'),
  name: z.string().trim().min(1, '请填写批次名称').max(50),
  startsOn: ZDate,
  endsOn: ZDate,
  quantity: z.number().int().min(0).nullable().default(null),
  ratioBp: z.number().int().min(0).max(10000).nullable().default(null),
  /** `sectorCodes`: the sectors the batch covers (none = every sector); the ratio floor counts on it. */
  scope: z
    .object({ sectorCodes: z.array(z.string().trim().min(1, '行业领域代码不能为空').max(64)).max(50).optional() })
    .catchall(z.unknown())
    .default({}),
});

const ZCap = z.number().int().min(0, '抽查次数上限不能为负').max(100).optional();

/**
 * Caps per risk class (A–D): at most this many random checks per object per year. A class left
 * out takes the seed's default (once a year), so the stored plan — what the public reads —
 * always names all four.
 */
export const ZFrequencyCaps = z
  .object({ A: ZCap, B: ZCap, C: ZCap, D: ZCap })
  .default({})
  .transform((caps) => Object.fromEntries(RISK_CLASSES.map((c) => [c, caps[c] ?? FREQUENCY_CAP_PER_YEAR])) as Record<(typeof RISK_CLASSES)[number], number>);

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
