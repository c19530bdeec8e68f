import { z } from 'zod';
import { ZRegionCode } from '../public/region-overview.schema.js';
import { ZUscc } from '../registry/objects/object.schema.js';
import { ZId } from '../../trpc/schemas.js';

export const ZActivateRequest = z.object({
  regionCode: ZRegionCode,
  uscc: ZUscc,
  code: z.string({ error: '请填写激活码' }).trim().min(1, '请填写激活码').max(64, '激活码过长'),
});

export const ZRecusalRequest = z.object({
  checkId: ZId,
  inspectorId: ZId,
  reason: z.string({ error: '请填写申请回避的理由' }).trim().min(1, '请填写申请回避的理由').max(500, '理由不能超过500字'),
});

const ZScore = (what: string) =>
  z
    .number({ error: `请为“${what}”打分` })
    .int(`“${what}”的分数应为1到5的整数`)
    .min(1, `“${what}”的分数应为1到5的整数`)
    .max(5, `“${what}”的分数应为1到5的整数`);

/** A check is a drawn check or a 个案/专项 check: its table and id. */
const ZCheckRef = { checkKind: z.enum(['drawn', 'case'], { error: '检查类型无效' }), checkId: ZId };

export const ZRateRequest = z.object({
  ...ZCheckRef,
  conduct: ZScore('执法人员是否文明规范'),
  burden: ZScore('检查对生产经营的影响'),
  improper: z.boolean({ error: '请回答检查中是否有不当要求' }),
});

export const ZComplainRequest = z.object({
  ...ZCheckRef,
  body: z.string({ error: '请填写投诉内容' }).trim().min(1, '请填写投诉内容').max(2000, '投诉内容不能超过2000字'),
});
