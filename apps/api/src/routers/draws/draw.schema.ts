import { SUBSTITUTION_REASONS } from '@liancha/domain';
import { z } from 'zod';
import { ZId } from '../../trpc/schemas.js';

export const ZOpenDrawRequest = z.object({
  taskId: ZId,
  /** Digits rolled by witnesses at the ceremony (0 = none). */
  witnessDigits: z.number().int().min(0).max(64).default(0),
  /** A named future public value (e.g. a lottery result on a stated date), declared now, entered later. */
  external: z
    .object({ label: z.string().trim().min(1).max(100), description: z.string().trim().min(1).max(500) })
    .nullable()
    .default(null),
  /** Reveals after this moment are refused. */
  revealDeadline: z.coerce.date(),
});
export const ZDrawRequest = z.object({ drawId: ZId });
export const ZCommitRequest = z.object({ drawId: ZId, commitment: z.string().regex(/^[0-9a-f]{64}$/, '承诺值应为64位小写十六进制（SHA-256）') });
export const ZRevealRequest = z.object({ drawId: ZId, secret: z.string().min(1, '请输入随机数密钥').max(512) });
export const ZPublicValueRequest = z.object({ drawId: ZId, sourceId: z.enum(['witness', 'external']), value: z.string().trim().min(1).max(512) });
export const ZSubstituteRequest = z.object({
  drawId: ZId,
  uscc: z.string().length(18),
  reason: z.enum(SUBSTITUTION_REASONS),
  note: z.string().trim().max(500).default(''),
});
