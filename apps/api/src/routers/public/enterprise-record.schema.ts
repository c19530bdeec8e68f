import { normalizeUscc } from '@liancha/domain';
import { z } from 'zod';
import { ZRegionCode } from './region-overview.schema.js';

const ZUscc = z
  .string()
  .transform(normalizeUscc)
  .pipe(z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为18位数字或大写字母'));

/** 企业信用公示 search: a name fragment (two characters at least) or the first characters of a USCC; a keyset page after `after`. */
export const ZEnterpriseSearchRequest = z.object({
  regionCode: ZRegionCode,
  q: z.string().trim().min(2, '请输入至少2个字的企业名称或统一社会信用代码开头').max(60, '搜索内容过长'),
  after: ZUscc.optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const ZEnterpriseRecordRequest = z.object({ regionCode: ZRegionCode, uscc: ZUscc });
