import { requireUser } from '@liancha/api-client/sveltekit';
import { listExportResponse } from '@liancha/api-client/exports';
import { idParam } from '$lib/server/list-params';
import { OVERDUE_COLUMNS } from '$lib/server/oversight-columns';
import { access } from '$lib/access';
import type { RequestHandler } from './$types';

/** 逾期未公示的检查结果 as .xlsx or CSV, for the agency the page shows. */
export const GET: RequestHandler = async (event) => {
  // Endpoints run no layout load: the same sign-in and role check as the pages.
  await requireUser(event, access);
  const { url, locals } = event;
  const agencyId = idParam(url, 'agency');
  return listExportResponse(url, {
    title: '逾期未公示的检查结果',
    asciiName: 'overdue-results',
    columns: OVERDUE_COLUMNS,
    page: (page, pageSize) => locals.api.publications.overdue.query({ agencyId, page, pageSize }),
  });
};
