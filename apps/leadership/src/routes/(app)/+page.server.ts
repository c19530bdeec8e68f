import { maybe } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

/** 总览: every figure of the region for one year; a panel the API refuses shows its reason, the rest still loads. */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const api = event.locals.api;
  const [coverage, checks, timeliness, majorHazards, inspectorLoad, openNotes, overdueNotes] = await Promise.all([
    maybe(event, api.oversight.coverage.query({ year })),
    maybe(event, api.oversight.checks.query({ year })),
    maybe(event, api.oversight.timeliness.query({})),
    maybe(event, api.oversight.majorHazards.query({})),
    maybe(event, api.oversight.inspectorLoad.query({ year, pageSize: 10 })),
    maybe(event, api.supervisionNotes.list.query({ pageSize: 1, filter: { status: 'open' } })),
    maybe(event, api.supervisionNotes.list.query({ pageSize: 1, filter: { overdue: true } })),
  ]);
  return {
    year,
    years: yearChoices(year),
    today: dateInShanghai(new Date()),
    coverage,
    checks,
    timeliness,
    majorHazards,
    inspectorLoad,
    notes: { open: openNotes.ok ? openNotes.value.total : null, overdue: overdueNotes.ok ? overdueNotes.value.total : null },
  };
};
