import { downloadRefused } from '@liancha/api-client/sveltekit';
import { fileResponse } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/** The proof bundle as a JSON file: everything anyone needs to re-run and verify the draw. */
export const GET: RequestHandler = async ({ params, locals }) => {
  let bundle: Record<string, unknown>;
  let code: string;
  try {
    bundle = await locals.api.draws.bundle.query({ drawId: params.id });
    code = (await locals.api.draws.get.query({ drawId: params.id })).task.code;
  } catch (cause) {
    downloadRefused(cause);
  }
  return fileResponse({
    bytes: JSON.stringify(bundle, null, 2),
    mimeType: 'application/json; charset=utf-8',
    filename: `抽取证明-${code}.json`,
    asciiName: `draw-proof-${params.id}.json`,
  });
};
