import { HAZARD_COLUMNS, listExportResponse } from '@liancha/api-client/exports';
import { hazardsQuery } from '$lib/server/list-queries';
import type { RequestHandler } from './$types';

/** 隐患台账 as .xlsx or CSV, with the page's filters and sort. */
export const GET: RequestHandler = ({ url, locals }) => {
  const { request } = hazardsQuery(url);
  return listExportResponse(url, {
    title: '隐患台账',
    asciiName: 'hazards',
    columns: HAZARD_COLUMNS,
    page: (page, pageSize) => locals.api.hazards.list.query({ ...request, page, pageSize }),
  });
};
