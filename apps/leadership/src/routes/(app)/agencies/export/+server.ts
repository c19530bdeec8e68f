import { downloadResponse, requireUser } from '@liancha/api-client/sveltekit';
import { LIST_FILE_MIME, writeListFile } from '@liancha/registry-io';
import { agencyLines } from '$lib/agency-lines';
import { AGENCY_COLUMNS } from '$lib/server/agency-columns';
import { agencySources } from '$lib/server/agency-sources';
import { yearParam } from '$lib/year';
import { access } from '$lib/access';
import type { RequestHandler } from './$types';

/** 各部门监管情况 of a year as .xlsx or CSV: the same lines as the page. */
export const GET: RequestHandler = async (event) => {
  // Endpoints run no layout load: the same sign-in and role check as the pages.
  await requireUser(event, access);
  const year = yearParam(event.url);
  const format = event.url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const lines = agencyLines(await agencySources(event, year));
  const bytes = await writeListFile('各部门监管情况', AGENCY_COLUMNS, lines, format);
  return downloadResponse({
    bytes: Buffer.from(bytes),
    mimeType: LIST_FILE_MIME[format],
    filename: `各部门监管情况（${year}年）.${format}`,
    asciiName: `agencies-${year}.${format}`,
  });
};
