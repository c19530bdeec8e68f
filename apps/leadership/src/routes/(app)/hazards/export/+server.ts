import { requireUser } from '@liancha/api-client/sveltekit';
import { HAZARD_COLUMNS, listExportResponse } from '@liancha/api-client/exports';
import { majorHazardsQuery } from '$lib/server/hazard-query';
import { access } from '$lib/access';
import type { RequestHandler } from './$types';

/** 重大事故隐患台账 as .xlsx or CSV, with the page's filters; the same columns as the agencies' 隐患台账. */
export const GET: RequestHandler = async (event) => {
  // Endpoints run no layout load: the same sign-in and role check as the pages.
  await requireUser(event, access);
  const { url, locals } = event;
  const { request } = majorHazardsQuery(url);
  return listExportResponse(url, {
    title: '重大事故隐患台账',
    asciiName: 'major-hazards',
    columns: HAZARD_COLUMNS,
    page: (page, pageSize) => locals.api.hazards.list.query({ ...request, page, pageSize }),
  });
};
