import { must } from '@liancha/api-client/sveltekit';
import type { PageServerLoad } from './$types';

/** A hazard as the leadership sees it: every step and its dates, no forms (the agency does the work). */
export const load: PageServerLoad = async (event) => {
  const hazard = await must(event, event.locals.api.hazards.get.query({ id: event.params.id }));
  const notes = await must(event, event.locals.api.supervisionNotes.list.query({ pageSize: 50, filter: { hazardId: hazard.id } }));
  return { hazard, notes: notes.rows };
};
