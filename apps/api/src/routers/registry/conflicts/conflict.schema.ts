import { CONFLICT_REASONS } from '@liancha/domain';
import { z } from 'zod';
import { ZDate, ZId } from '../../../trpc/schemas.js';

export const ZConflictReason = z.enum(CONFLICT_REASONS, { error: '回避原因无效' });

export const ZCreateConflictRequest = z
  .object({
    inspectorId: ZId,
    objectId: ZId,
    reasonCode: ZConflictReason,
    note: z.string().trim().max(500, '说明过长').default(''),
    validFrom: ZDate,
    validUntil: ZDate.nullable().default(null),
  })
  .refine((v) => v.validUntil === null || v.validUntil >= v.validFrom, { message: '失效日期不能早于生效日期', path: ['validUntil'] });

export const ZListConflictsRequest = z.object({
  inspectorId: ZId.optional(),
  objectId: ZId.optional(),
  includeArchived: z.boolean().optional(),
  limit: z.number().int().min(1).max(500).default(200),
});
