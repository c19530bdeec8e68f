import { downloadRefused, downloadResponse, requireUser } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import { yearParam } from '$lib/year';
import type { RequestHandler } from './$types';

/** The 行政执法统计年报's frequency figures of the year (CSV, UTF-8 with BOM), as the API writes them. */
export const GET: RequestHandler = async (event) => {
  // Endpoints run no layout load: the same sign-in and role check as the pages.
  await requireUser(event, access);
  const year = yearParam(event.url);
  try {
    const file = await event.locals.api.inspectionCaps.report.query({ year });
    return downloadResponse({
      bytes: Buffer.from(file.contentBase64, 'base64'),
      mimeType: file.mimeType,
      filename: file.filename,
      asciiName: `inspection-frequency-${year}.csv`,
    });
  } catch (cause) {
    downloadRefused(cause);
  }
};
