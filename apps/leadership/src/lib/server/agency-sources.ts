import { maybe, must } from '@liancha/api-client/sveltekit';
import type { RequestEvent } from '@sveltejs/kit';
import type { AgencySources } from '$lib/agency-lines';

/** The figures of the 各部门 page for a year, from the API (the page and its export both read these). */
export async function agencySources(event: RequestEvent, year: number): Promise<AgencySources & { unavailable: string | null }> {
  const api = event.locals.api;
  // The agency list itself comes with the timeliness figures (one row per agency in reach).
  const [timeliness, coverage, majorHazards, notes] = await Promise.all([
    must(event, api.oversight.timeliness.query({})),
    maybe(event, api.oversight.coverage.query({ year })),
    maybe(event, api.oversight.majorHazards.query({})),
    maybe(event, api.supervisionNotes.list.query({ pageSize: 200, filter: {} })),
  ]);
  return {
    timeliness: timeliness.rows,
    coverage: coverage.ok ? coverage.value.rows : null,
    majorHazards: majorHazards.ok ? majorHazards.value.rows : null,
    notes: notes.ok ? notes.value.rows : null,
    unavailable: coverage.ok ? null : coverage.message,
  };
}
