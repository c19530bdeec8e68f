import { must } from '$lib/server/api-errors';
import { jsonDownload } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/** The proof bundle a publication carries, as a JSON file: what the browser verifier and the Python verifier read. */
export const GET: RequestHandler = async ({ locals, params }) => {
  const bundle = await must(locals.api.publications.bundle.query({ regionCode: params.code, id: params.id }));
  const taskId = (bundle.commitmentInputs as { task?: { id?: unknown } } | undefined)?.task?.id;
  const name = typeof taskId === 'string' && taskId ? taskId : params.id;
  return jsonDownload(bundle, `抽取证明-${name}.json`, `draw-proof-${params.id}.json`);
};
