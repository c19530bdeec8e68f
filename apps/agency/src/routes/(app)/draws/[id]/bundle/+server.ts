import { error } from '@sveltejs/kit';
import { apiErrorOf } from '@liancha/api-client';
import type { RequestHandler } from './$types';

/** The proof bundle as a JSON file: everything anyone needs to re-run and verify the draw. */
export const GET: RequestHandler = async ({ params, locals }) => {
  let bundle: Record<string, unknown>;
  let code = params.id;
  try {
    bundle = await locals.api.draws.bundle.query({ drawId: params.id });
    code = (await locals.api.draws.get.query({ drawId: params.id })).task.code;
  } catch (cause) {
    const info = apiErrorOf(cause);
    error(info.code === 'NOT_FOUND' ? 404 : info.code === 'PRECONDITION_FAILED' ? 409 : info.code === 'UNAUTHORIZED' ? 401 : 500, info.message);
  }
  const body = JSON.stringify(bundle, null, 2);
  const filename = `抽取证明-${code}.json`;
  return new Response(body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="draw-proof-${params.id}.json"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'no-store',
    },
  });
};
