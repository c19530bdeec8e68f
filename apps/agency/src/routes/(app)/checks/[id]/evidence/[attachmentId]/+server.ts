import { downloadRefused } from '@liancha/api-client/sveltekit';
import { attachmentResponse } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/** 证据材料 of a check result, for whoever the API lets read that check. */
export const GET: RequestHandler = async ({ params, locals }) => {
  try {
    return attachmentResponse(await locals.api.checks.downloadEvidence.query({ id: params.attachmentId }));
  } catch (cause) {
    downloadRefused(cause);
  }
};
