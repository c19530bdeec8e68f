import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** A hazard as the leadership sees it: every step and its dates, no forms (the agency does the work). */
export const load: PageServerLoad = async (event) => ({
  hazard: await must(event, event.locals.api.hazards.get.query({ id: event.params.id })),
});
