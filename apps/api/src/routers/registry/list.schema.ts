import { z } from 'zod';

/** Paging shared by every registry list: 1-based pages of at most 200 rows. */
export function listRequest<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(sortFields: S, defaultSort: S[number], filter: F) {
  return z.object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
    sort: z
      .object({ field: z.enum(sortFields), direction: z.enum(['asc', 'desc']).default('asc') })
      .default({ field: defaultSort, direction: 'asc' }),
    filter: z.object(filter).default({} as never),
  });
}

export const ZId = z.uuid('编号格式不正确');
export const ZIdRequest = z.object({ id: ZId });
export const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine((v) => !Number.isNaN(Date.parse(v)), '日期无效');
export const ZSearch = z.string().trim().max(100, '搜索内容过长').optional();
