import { error } from '@sveltejs/kit';
import { downloadResponse } from '@liancha/api-client/sveltekit';
import { must } from '$lib/server/api-errors';
import { knownPayload } from '$lib/payloads';
import type { RequestHandler } from './$types';

/**
 * The proof bundle a publication carries, as a JSON file: what the browser verifier and the Python
 * verifier read. Passed on from the API as it streams in: tens of megabytes at a million objects,
 * never parsed here.
 */
export const GET: RequestHandler = async ({ locals, params, fetch }) => {
  const row = await must(locals.api.publications.get.query({ regionCode: params.code, id: params.id }));
  if (!row.proof) error(404, '该公示没有抽取证明');
  const upstream = await fetch(`${locals.apiUrl}/public/v1/publications/${encodeURIComponent(params.code)}/${encodeURIComponent(params.id)}/bundle.json`);
  if (upstream.status === 404) error(404, '该公示没有抽取证明');
  if (!upstream.ok || !upstream.body) error(502, '暂时无法下载抽取证明，请稍后重试');
  const payload = knownPayload(row.payload);
  const name = payload?.kind === 'joint_task' && payload.task.code ? payload.task.code : params.id;
  const length = Number(upstream.headers.get('content-length'));
  return downloadResponse({
    bytes: upstream.body,
    ...(Number.isSafeInteger(length) && length > 0 ? { length } : {}),
    mimeType: 'application/json; charset=utf-8',
    filename: `抽取证明-${name}.json`,
    asciiName: `draw-proof-${params.id}.json`,
    cacheControl: 'public, max-age=3600',
  });
};
