import { PUBLICATION_KINDS } from '@liancha/domain';
import { z } from 'zod';

/**
 * The read API's URL parameters: text from the query string, checked and converted here with a
 * Chinese message naming the parameter, before the procedure's own schema sees the input.
 */
export const QId = z.uuid('应为 UUID 格式的编号');
export const QDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), '日期无效');
export const QUscc = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为18位数字或大写字母');
export const QSearch = z.string().trim().max(100, '搜索内容最多100个字');
export const QYear = z.coerce.number('年度应为数字').int('年度应为整数').min(2000, '年度不能早于2000年').max(2100, '年度不能晚于2100年');
export const QKind = z.enum(PUBLICATION_KINDS, `公示类别应为以下之一：${PUBLICATION_KINDS.join('、')}`);
export const QFlag = z.enum(['1', 'true', '0', 'false'], '应为 1 或 0').transform((v) => v === '1' || v === 'true');

export function qLimit(max: number, fallback: number) {
  return z.coerce.number('条数应为数字').int('条数应为整数').min(1, '条数至少为1').max(max, `条数最多为${max}`).default(fallback);
}

/** Where a list's previous page ended, as an opaque text (base64url of the procedure's cursor). */
export interface ApiCursor {
  value: string | number | boolean | null;
  id: string;
}

export function encodeCursor(cursor: ApiCursor | undefined | null): string | null {
  return cursor ? Buffer.from(JSON.stringify(cursor)).toString('base64url') : null;
}

const ZCursorShape = z.object({ value: z.union([z.string().max(500), z.number(), z.boolean(), z.null()]), id: z.uuid() });

export const QCursor = z
  .string()
  .max(1000, '翻页位置无效')
  .transform((text, ctx) => {
    try {
      return ZCursorShape.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    } catch {
      ctx.addIssue({ code: 'custom', message: '翻页位置无效：请使用上一页返回的 next 值' });
      return z.NEVER;
    }
  });

/** Path parameters every route may use, with their descriptions for the OpenAPI document. */
export const PATH_PARAMS = {
  regionCode: { schema: z.string().regex(/^\d{6}$/), description: '6位行政区划代码，如 350881（漳平市）' },
  id: { schema: z.uuid(), description: '编号（UUID）' },
  uscc: { schema: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/), description: '18位统一社会信用代码（大写）' },
} as const;
export type PathParamName = keyof typeof PATH_PARAMS;
