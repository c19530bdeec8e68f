import { dateInShanghai } from '@liancha/domain';
import { error } from '@sveltejs/kit';
import { must } from '$lib/server/api-errors';
import { jsonDownload } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/**
 * Every published head of the region's audit chain, oldest first, as a file to keep: what
 * verifiers/python/check_anchors.py compares with a copy saved earlier (docs/audit-anchoring.md).
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  const region = (await must(locals.api.public.regions.query())).find((r) => r.code === params.code);
  if (!region) error(404, `未找到行政区划 ${params.code}`);
  const rows = [];
  let before: number | undefined;
  do {
    const page = await must(locals.api.public.auditAnchors.query({ regionCode: region.code, limit: 500, ...(before ? { before } : {}) }));
    rows.push(...page.rows);
    before = page.next ?? undefined;
  } while (before);
  const downloadedAt = new Date();
  const file = {
    format: 'liancha-audit-anchors/1',
    region: { code: region.code, name: region.name },
    source: `${url.origin}/r/${region.code}/audit`,
    downloadedAt: downloadedAt.toISOString(),
    anchors: rows
      .reverse()
      .map((a) => ({
        id: a.id,
        position: a.position,
        hash: a.hash,
        anchoredAt: new Date(a.anchoredAt).toISOString(),
        anchoredOn: a.anchoredOn,
        reason: a.reason,
        publicationId: a.publicationId,
      })),
  };
  const day = dateInShanghai(downloadedAt);
  // The list grows every day: never serve a stale copy.
  return jsonDownload(file, `审计日志链头-${region.name}-${day}.json`, `audit-anchors-${region.code}-${day}.json`, 'no-store');
};
