import { DUE_RESULT_COLUMNS } from '$lib/server/exports/publication-columns';
import { listExportResponse } from '@liancha/api-client/exports';
import type { RequestHandler } from './$types';

/** 待公示的检查结果 of the caller's agency as .xlsx or CSV: the list the publications page shows. */
export const GET: RequestHandler = ({ url, locals }) => {
  let agencyId: Promise<string | undefined> | undefined;
  return listExportResponse(url, {
    title: '待公示的检查结果',
    asciiName: 'results-due',
    columns: DUE_RESULT_COLUMNS,
    // Asked inside the page call, so a missing session is refused like any other export.
    page: async (page, pageSize) => {
      agencyId ??= locals.api.auth.me.query().then(({ user }) => user.agency?.id);
      const agency = await agencyId;
      return agency ? locals.api.publications.due.query({ agencyId: agency, page, pageSize }) : { rows: [], total: 0 };
    },
  });
};
