import { downloadRefused, downloadResponse, requireUser } from '@liancha/api-client/sveltekit';
import { LIST_FILE_MIME, writeListFile } from '@liancha/registry-io';
import { idParam } from '$lib/server/list-params';
import { INSPECTOR_LOAD_COLUMNS } from '$lib/server/oversight-columns';
import { yearParam } from '$lib/year';
import { access } from '$lib/access';
import type { RequestHandler } from './$types';

/** 检查人员工作量 of a year (one agency or all) as .xlsx or CSV: the page's rows. */
export const GET: RequestHandler = async (event) => {
  // Endpoints run no layout load: the same sign-in and role check as the pages.
  await requireUser(event, access);
  const { url, locals } = event;
  const year = yearParam(url);
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const load = await locals.api.oversight.inspectorLoad.query({ year, agencyId: idParam(url, 'agency') }).catch(downloadRefused);
  const bytes = await writeListFile('检查人员工作量', INSPECTOR_LOAD_COLUMNS, load.rows, format);
  return downloadResponse({
    bytes: Buffer.from(bytes),
    mimeType: LIST_FILE_MIME[format],
    filename: `检查人员工作量（${year}年）.${format}`,
    asciiName: `inspector-load-${year}.${format}`,
  });
};
