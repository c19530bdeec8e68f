import { maybe } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** 企业信用公示: find an enterprise by a name fragment or a USCC prefix (`q`), a keyset page after `after`. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 60);
  const after = url.searchParams.get('after')?.trim() || undefined;
  if (q === '') return { q, after: null, result: null, message: null };
  if ([...q].length < 2) return { q, after: null, result: null, message: '请输入至少2个字的企业名称或统一社会信用代码开头' };
  const found = await maybe(locals.api.public.enterpriseSearch.query({ regionCode: params.code, q, ...(after ? { after } : {}) }));
  return found.ok ? { q, after: after ?? null, result: found.value, message: null } : { q, after: null, result: null, message: found.message };
};
