import { downloadRefused } from '@liancha/api-client/sveltekit';
import { fileResponse } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/** The rows an import refused, with an error column, as .xlsx (default) or .csv: fix them and import this file again. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  let file;
  try {
    file = await locals.api.registry.imports.refused.query({ jobId: params.jobId, format });
  } catch (cause) {
    downloadRefused(cause);
  }
  return fileResponse({
    bytes: Buffer.from(file.contentBase64, 'base64'),
    mimeType: file.mimeType,
    filename: file.filename,
    asciiName: `refused-rows.${format}`,
  });
};
