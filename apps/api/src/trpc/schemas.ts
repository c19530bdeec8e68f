import { z } from 'zod';

/**
 * Rows per page on every paged list (documented in apps/api/README.md). With the batch cap
 * (http/limits.ts) it bounds what one request can make the server read and send.
 */
export const MAX_PAGE_SIZE = 200;

/** 1-based paging, shared by every paged list. */
export const paging = {
  page: z.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.number().int().min(1, '每页至少1条').max(MAX_PAGE_SIZE, `每页最多${MAX_PAGE_SIZE}条`).default(50),
};

/** A registry-style list: paging, a sort among the given fields, and a filter. */
export function listRequest<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(sortFields: S, defaultSort: S[number], filter: F) {
  return z.object({
    ...paging,
    sort: z.object({ field: z.enum(sortFields), direction: z.enum(['asc', 'desc']).default('asc') }).default({ field: defaultSort, direction: 'asc' }),
    filter: z.object(filter).default({} as never),
    after: ZCursor.optional(),
  });
}

export const ZId = z.uuid('编号格式不正确');

/** Where the previous page ended (its last row's sort value and id): the next page seeks past it. */
export const ZCursor = z.object({ value: z.union([z.string().max(500, '分页位置无效'), z.number(), z.boolean(), z.null()]), id: ZId });
export const ZIdRequest = z.object({ id: ZId });

/** An edit of a row: its id and any of its editable fields. */
export function updateRequest<F extends z.ZodRawShape>(fields: F) {
  return z.object({ id: ZId, patch: z.object(fields).partial() });
}
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), '日期无效');
export const ZSearch = z.string().trim().max(100, '搜索内容过长').optional();

/** An agency's registry list (抽查事项、执法检查人员): a search, one agency's rows, archived rows on request, and its own filters. */
export function agencyRegistryListRequest<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(
  sortFields: S,
  defaultSort: S[number],
  filter: F,
) {
  return listRequest(sortFields, defaultSort, { search: ZSearch, agencyId: ZId.optional(), ...filter, includeArchived: z.boolean().optional() });
}
