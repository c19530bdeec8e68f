import { error } from '@sveltejs/kit';
import { must } from '$lib/server/api-errors';
import { jsonDownload } from '$lib/server/file-response';
import { bundleOf } from '$lib/payloads';
import type { RequestHandler } from './$types';

/** The proof bundle a publication carries, as a JSON file: what the browser verifier and the Python verifier read. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const row = await must(locals.api.publications.get.query({ regionCode: params.code, id: params.id }));
  const bundle = bundleOf(row.payload);
  if (!bundle) error(404, '该公示没有抽取证明');
  const taskId = (bundle.commitmentInputs as { task?: { id?: unknown } } | undefined)?.task?.id;
  const name = typeof taskId === 'string' && taskId ? taskId : params.id;
  return jsonDownload(bundle, `抽取证明-${name}.json`, `draw-proof-${params.id}.json`);
};
