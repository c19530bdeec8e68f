import { ANNOUNCEMENT_KINDS, SUBSTITUTION_REASONS } from '@liancha/domain';
import { z } from 'zod';
import { ZId } from '../../trpc/schemas.js';

/** An announced public value: a lottery draw (name, 期号) or a beacon round (name, URL, round), and when it exists. */
const ZAnnouncement = z.object({
  kind: z.enum(ANNOUNCEMENT_KINDS, '请选择公开随机数的类型'),
  name: z.string().trim().min(1, '请填写彩票或信标的名称').max(100, '名称不能超过100字'),
  round: z
    .string()
    .trim()
    .regex(/^[0-9]{1,20}$/, '期号（轮次）应为1–20位数字'),
  url: z
    .string()
    .trim()
    .max(300, '网址不能超过300字')
    .nullable()
    .default(null)
    .transform((u) => (u === '' ? null : u)),
  /** The instant after which the value is public; entry before it is refused. */
  availableAfter: z.coerce.date('请填写公布时间'),
});

export const ZOpenDrawRequest = z.object({
  taskId: ZId,
  /** Digits rolled by witnesses at the ceremony (0 = none). */
  witnessDigits: z.number().int().min(0).max(64).default(0),
  /**
   * A named future public value, declared now, entered later: free text (label, description), or
   * an announced lottery draw or beacon round (protocol §4.1.1), whose label and description
   * default to the announcement's.
   */
  external: z
    .object({
      label: z.string().trim().min(1, '请填写公开随机数的名称').max(100).optional(),
      description: z.string().trim().min(1, '请填写公开随机数的说明').max(500).optional(),
      announcement: ZAnnouncement.nullable().default(null),
    })
    .refine((e) => e.announcement !== null || (e.label !== undefined && e.description !== undefined), {
      message: '请填写公开随机数的名称和说明，或声明彩票开奖号码、公共随机信标',
      path: ['label'],
    })
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
