import { HAZARD_COLUMNS, listExportResponse } from '@liancha/api-client/exports';
import { majorHazardsQuery } from '$lib/server/hazard-query';
import type { RequestHandler } from './$types';

/** 重大事故隐患台账 as .xlsx or CSV, with the page's filters; the same columns as the agencies' 隐患台账. */
export const GET: RequestHandler = ({ url, locals }) => {
  const { request } = majorHazardsQuery(url);
  return listExportResponse(url, {
    title: '重大事故隐患台账',
    asciiName: 'major-hazards',
    columns: HAZARD_COLUMNS,
    page: (page, pageSize) => locals.api.hazards.list.query({ ...request, page, pageSize }),
  });
};
