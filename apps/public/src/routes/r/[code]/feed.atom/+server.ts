import { error } from '@sveltejs/kit';
import { atomFeed } from '@liancha/api-client/sveltekit';
import { isOneOf, PUBLICATION_KINDS } from '@liancha/domain/vocabulary';
import { must } from '$lib/server/api-errors';
import { kindLabel } from '$lib/labels';
import type { RequestHandler } from './$types';

/** How many of the newest notices a feed carries. */
const ENTRIES = 50;

/**
 * An Atom feed of the region's newest notices in force (corrected ones give way to their
 * correction), all kinds or one (`?kind=`), for feed readers and anyone watching for new 公示.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const kind = url.searchParams.get('kind');
  if (kind !== null && !isOneOf(PUBLICATION_KINDS, kind)) error(400, '公示类型无效');
  const [overview, list] = await Promise.all([
    must(locals.api.public.regionOverview.query({ regionCode: params.code })),
    must(locals.api.publications.list.query({ regionCode: params.code, page: 1, pageSize: ENTRIES, filter: { currentOnly: true, ...(kind ? { kind } : {}) } })),
  ]);
  const base = `${url.origin}/r/${encodeURIComponent(params.code)}`;
  const query = kind ? `?kind=${kind}` : '';
  const body = atomFeed({
    selfUrl: `${base}/feed.atom${query}`,
    pageUrl: `${base}/p${query}`,
    title: `${overview.name} · ${kind ? kindLabel(kind) : '抽查信息公示'}`,
    author: overview.name,
    entries: list.rows.map((row) => ({
      url: `${base}/p/${row.id}`,
      title: row.title,
      updated: new Date(row.publishedAt),
      summary: `${kindLabel(row.kind)} · ${row.agencyName}`,
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
};
