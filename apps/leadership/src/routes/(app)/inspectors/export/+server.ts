import { requireUser } from '@liancha/api-client/sveltekit';
import { listExportResponse } from '@liancha/api-client/exports';
import { idParam } from '$lib/server/list-params';
import { INSPECTOR_LOAD_COLUMNS } from '$lib/server/oversight-columns';
import { yearParam } from '$lib/year';
import { access } from '$lib/access';
import type { RequestHandler } from './$types';

/** 检查人员工作量 of a year (one agency or all) as .xlsx or CSV: every page's rows, busiest first. */
export const GET: RequestHandler = async (event) => {
  // Endpoints run no layout load: the same sign-in and role check as the pages.
  await requireUser(event, access);
  const { url, locals } = event;
  const year = yearParam(url);
  const agencyId = idParam(url, 'agency');
  return listExportResponse(url, {
    title: `检查人员工作量（${year}年）`,
    asciiName: `inspector-load-${year}`,
    columns: INSPECTOR_LOAD_COLUMNS,
    page: (page, pageSize) => locals.api.oversight.inspectorLoad.query({ year, agencyId, page, pageSize }),
  });
};
