import { must } from '@liancha/api-client/sveltekit';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

const COMPLAINTS_PER_PAGE = 20;

/** A keyset position of the complaints in the URL (`?before=<ISO time>_<id>`), or none when malformed. */
function complaintCursor(url: URL): { createdAt: Date; id: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)_([0-9a-f-]{36})$/i.exec(url.searchParams.get('before') ?? '');
  const at = match ? new Date(match[1]!) : null;
  return at && !Number.isNaN(at.getTime()) ? { createdAt: at, id: match![2]! } : undefined;
}

/**
 * 检查评价: the year's ratings per inspecting agency and for the region (a group under the API's
 * minimum shows only its size), then the enterprises' complaints, newest first.
 */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const before = complaintCursor(event.url);
  const ratings = event.locals.api.ratings;
  const [aggregates, complaints] = await Promise.all([
    must(event, ratings.aggregates.query({ year })),
    must(event, ratings.complaints.query({ limit: COMPLAINTS_PER_PAGE, ...(before ? { before } : {}) })),
  ]);
  const next = complaints.next ? `${new Date(complaints.next.createdAt).toISOString()}_${complaints.next.id}` : null;
  return { year, years: yearChoices(year), aggregates, complaints: { rows: complaints.rows, next, paged: before !== undefined } };
};
