import { downloadRefused } from '@liancha/api-client/sveltekit';
import { attachmentResponse } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/** A hazard's attachment (整改前后照片、验收材料), for whoever the API lets read that hazard. */
export const GET: RequestHandler = async ({ params, locals }) => {
  try {
    return attachmentResponse(await locals.api.hazards.downloadAttachment.query({ id: params.attachmentId }));
  } catch (cause) {
    downloadRefused(cause);
  }
};
