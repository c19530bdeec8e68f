import { error } from '@sveltejs/kit';
import { downloadRefused, fileResponse } from '$lib/server/file-response';
import type { RequestHandler } from './$types';

const KINDS = ['inspectionItem', 'object', 'inspector'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Downloads of the registries: ?mode=export (the agency's rows) or ?mode=template (the blank
 * import template), as .xlsx (default) or .csv. The API carries the file as base64.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
  if (!(KINDS as readonly string[]).includes(params.kind)) error(404, '没有这种名录');
  const kind = params.kind as Kind;
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const mode = url.searchParams.get('mode') === 'template' ? 'template' : 'export';
  let file;
  try {
    file = mode === 'template' ? await locals.api.registry.imports.template.query({ kind, format }) : await locals.api.registry.imports.export.query({ kind, format });
  } catch (cause) {
    downloadRefused(cause);
  }
  return fileResponse({ bytes: Buffer.from(file.contentBase64, 'base64'), mimeType: file.mimeType, filename: file.filename, asciiName: `${kind}.${format}` });
};
