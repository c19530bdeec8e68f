import { agencyLines } from '$lib/agency-lines';
import { agencySources } from '$lib/server/agency-sources';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

/** Every agency of the region in one line each: ratio, unpublished results, major hazards, open notes. */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const sources = await agencySources(event, year);
  return { year, years: yearChoices(year), lines: agencyLines(sources), unavailable: sources.unavailable };
};
