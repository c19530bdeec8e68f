import { isOneOf, REGISTRY_KINDS } from '@liancha/domain/vocabulary';
import { error } from '@sveltejs/kit';
import { downloadRefused } from '@liancha/api-client/sveltekit';
import { fileResponse } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

/**
 * Downloads of the registries: ?mode=export (the agency's rows) or ?mode=template (the blank
 * import template), as .xlsx (default) or .csv. The API carries the file as base64.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
  const kind = params.kind;
  if (!isOneOf(REGISTRY_KINDS, kind)) error(404, '没有这种名录');
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const mode = url.searchParams.get('mode') === 'template' ? 'template' : 'export';
  let file;
  try {
    file =
      mode === 'template'
        ? await locals.api.registry.imports.template.query({ kind, format })
        : await locals.api.registry.imports.export.query({ kind, format });
  } catch (cause) {
    downloadRefused(cause);
  }
  return fileResponse({ bytes: Buffer.from(file.contentBase64, 'base64'), mimeType: file.mimeType, filename: file.filename, asciiName: `${kind}.${format}` });
};
