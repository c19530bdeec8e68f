import { SANCTION_COLUMNS, listExportResponse } from '@liancha/api-client/exports';
import { sanctionsQuery } from '$lib/server/list-queries';
import type { RequestHandler } from './$types';

/** 行政处罚 as .xlsx or CSV, with the page's filters. */
export const GET: RequestHandler = ({ url, locals }) => {
  const { request } = sanctionsQuery(url);
  return listExportResponse(url, {
    title: '行政处罚',
    asciiName: 'sanctions',
    columns: SANCTION_COLUMNS,
    page: (page, pageSize) => locals.api.sanctions.list.query({ ...request, page, pageSize }),
  });
};
