import { maybe, must } from '@liancha/api-client/sveltekit';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

/** Every agency of the region in one line each: ratio, unpublished results, major hazards, open notes. */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const api = event.locals.api;
  // The agency list itself comes with the timeliness figures (one row per agency in reach).
  const [timeliness, coverage, majorHazards, notes] = await Promise.all([
    must(event, api.oversight.timeliness.query({})),
    maybe(event, api.oversight.coverage.query({ year })),
    maybe(event, api.oversight.majorHazards.query({})),
    maybe(event, api.supervisionNotes.list.query({ pageSize: 200, filter: {} })),
  ]);
  return { year, years: yearChoices(year), timeliness, coverage, majorHazards, notes };
};
