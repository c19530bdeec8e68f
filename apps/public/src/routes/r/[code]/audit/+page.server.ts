import { maybe, must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

/** A region's published audit-chain heads, newest first, `?before=<id>` for older ones; and the platform's own check. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
  const raw = url.searchParams.get('before');
  const parsed = raw === null ? undefined : Number(raw);
  const valid = parsed === undefined || (Number.isSafeInteger(parsed) && parsed > 0);
  const before = valid ? parsed : undefined;
  const [page, check] = await Promise.all([
    must(locals.api.public.auditAnchors.query({ regionCode: params.code, limit: PAGE_SIZE, ...(before ? { before } : {}) })),
    maybe(locals.api.public.auditCheck.query({ regionCode: params.code })),
  ]);
  return {
    anchors: page.rows,
    next: page.next,
    newest: before === undefined,
    note: valid ? null : '翻页参数无效，已显示最新的链头',
    check: check.ok ? check.value : null,
    checkError: check.ok ? null : check.message,
  };
};
