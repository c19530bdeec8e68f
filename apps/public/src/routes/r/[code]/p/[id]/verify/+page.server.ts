import { error } from '@sveltejs/kit';
import { must } from '$lib/server/api-errors';
import { knownPayload } from '$lib/payloads';
import type { PageServerLoad } from './$types';

/** The page gets the publication's heading and the names of the drawn enterprises; the bundle itself is fetched by the browser. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const row = await must(locals.api.publications.get.query({ regionCode: params.code, id: params.id }));
  if (!row.proof) error(404, '该公示没有抽取证明，无法验证');
  const payload = knownPayload(row.payload);
  return {
    publication: { id: row.id, title: row.title, kind: row.kind, publishedAt: row.publishedAt },
    commitment: payload?.kind === 'joint_task' ? payload.draw.commitment : null,
    bundleBytes: row.proof.bundleBytes,
    names: payload?.kind === 'joint_task' ? payload.drawnList.map((d) => [d.uscc, d.name] as const) : [],
  };
};
