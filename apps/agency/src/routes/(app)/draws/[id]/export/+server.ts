import { drawnListColumns } from '$lib/server/exports/drawn-list-columns';
import { loadDrawView } from '$lib/server/draw-view';
import { listExportResponse } from '@liancha/api-client/exports';
import type { RequestHandler } from './$types';

/** 抽取名单和检查组 of a drawn task as .xlsx or CSV: what the draw page lists. */
export const GET: RequestHandler = async (event) => {
  const view = await loadDrawView(event, event.params.id, { teams: true });
  const names = new Map(view.task.participants.map((p) => [p.agencyId, p.agencyName]));
  return listExportResponse(event.url, {
    title: `抽取名单-${view.task.code}`,
    asciiName: `drawn-list-${view.task.code}`,
    columns: drawnListColumns((id) => names.get(id) ?? ''),
    page: async (page) => ({ rows: page === 1 ? view.checks : [], total: view.checks.length }),
  });
};
