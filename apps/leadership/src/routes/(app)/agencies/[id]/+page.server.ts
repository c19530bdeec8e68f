import { must } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

/** One agency's figures and open work; an agency outside the region is the not-found page. */
export const load: PageServerLoad = async (event) => {
  const agencyId = event.params.id;
  const year = yearParam(event.url);
  const api = event.locals.api;
  // Timeliness first: it names the agency and refuses an unknown one before the other calls run.
  const timeliness = await must(event, api.oversight.timeliness.query({ agencyId }));
  const [coverage, checks, majorHazards, due, hazards, notes, load] = await Promise.all([
    must(event, api.oversight.coverage.query({ agencyId, year })),
    must(event, api.oversight.checks.query({ agencyId, year })),
    must(event, api.oversight.majorHazards.query({ agencyId })),
    must(event, api.publications.due.query({ agencyId, pageSize: 200 })),
    must(event, api.hazards.list.query({ pageSize: 200, sort: { field: 'listingDeadline', direction: 'asc' }, filter: { severity: 'major', agencyId } })),
    must(event, api.supervisionNotes.list.query({ pageSize: 50, filter: { toAgencyId: agencyId } })),
    must(event, api.oversight.inspectorLoad.query({ agencyId, year, pageSize: 20 })),
  ]);
  const agency = timeliness.rows[0];
  return {
    agencyId,
    agencyName: agency?.agencyName ?? '部门',
    year,
    years: yearChoices(year),
    today: dateInShanghai(new Date()),
    timeliness,
    coverage,
    checks,
    majorHazards,
    due,
    hazards,
    notes,
    load,
  };
};
