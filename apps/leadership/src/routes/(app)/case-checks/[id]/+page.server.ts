import { must } from '@liancha/api-client/sveltekit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ check: await must(event, event.locals.api.caseChecks.get.query({ id: event.params.id })) });
