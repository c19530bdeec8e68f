import { FOLLOW_UP_COLUMNS, listExportResponse } from '@liancha/api-client/exports';
import { followUpsQuery } from '$lib/server/list-queries';
import type { RequestHandler } from './$types';

/** 后续处置 as .xlsx or CSV, with the page's filters. */
export const GET: RequestHandler = ({ url, locals }) => {
  const { request } = followUpsQuery(url);
  return listExportResponse(url, {
    title: '后续处置',
    asciiName: 'follow-ups',
    columns: FOLLOW_UP_COLUMNS,
    page: (page, pageSize) => locals.api.followUps.list.query({ ...request, page, pageSize }),
  });
};
