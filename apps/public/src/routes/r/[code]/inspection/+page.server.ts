import { normaliseInspectionCode } from '@liancha/domain';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** 核验检查码: a code typed here (GET ?code=) opens its page; one that cannot be a code is said so. */
export const load: PageServerLoad = ({ params, url }) => {
  const typed = url.searchParams.get('code')?.trim() ?? '';
  if (!typed) return { typed, invalid: null };
  const code = normaliseInspectionCode(typed);
  if (code) redirect(303, `/r/${params.code}/inspection/${code}`);
  return { typed, invalid: '检查码格式不正确：检查码为12位数字和字母，如 7K3M-X9Q1-AB0Z。' };
};
