import { RESULT_LINE_COLUMNS } from '$lib/server/exports/result-line-columns';
import { listExportResponse } from '@liancha/api-client/exports';
import { checksQuery } from '$lib/server/list-queries';
import { capabilitiesOf } from '$lib/roles';
import type { RequestHandler } from './$types';

/** 检查结果 of the listed checks as .xlsx or CSV, one row per item, with the page's filters. */
export const GET: RequestHandler = async ({ url, locals }) => {
  const { user } = await locals.api.auth.me.query();
  const { request } = checksQuery(url, capabilitiesOf(user));
  return listExportResponse(url, {
    title: '检查结果',
    asciiName: 'check-results',
    columns: RESULT_LINE_COLUMNS,
    page: (page, pageSize) => locals.api.checks.resultLines.query({ ...request, page, pageSize }),
  });
};
