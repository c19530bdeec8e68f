import { dateInShanghai, inspectionVerdict } from '@liancha/domain';
import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** 扫码入企: the check a 检查码 belongs to, and what the enterprise should make of it today (Beijing). */
export const load: PageServerLoad = async ({ locals, params }) => {
  const facts = await must(locals.api.public.inspectionCode.query({ regionCode: params.code, code: params.token }));
  const today = dateInShanghai(new Date());
  return { facts, today, verdict: inspectionVerdict(facts, today) };
};
