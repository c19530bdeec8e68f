import { maybe } from '$lib/server/api-errors';
import { PUBLICATION_KINDS } from '@liancha/domain/vocabulary';
import type { PageServerLoad } from './$types';

/** The region's front page: its newest 公示 and how many there are of each kind. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const regionCode = params.code;
  const list = locals.api.publications.list;
  const [recent, ...counts] = await Promise.all([
    maybe(list.query({ regionCode, pageSize: 8, filter: { currentOnly: true } })),
    ...PUBLICATION_KINDS.map((kind) => maybe(list.query({ regionCode, pageSize: 1, filter: { kind, currentOnly: true } }))),
  ]);
  return {
    recent: recent.ok ? recent.value.rows : [],
    recentError: recent.ok ? null : recent.message,
    kindCounts: PUBLICATION_KINDS.map((kind, i) => {
      const c = counts[i];
      return { kind, count: c?.ok ? c.value.total : null };
    }),
  };
};
