import { must } from '@liancha/api-client/sveltekit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const plans = await must(event, event.locals.api.plans.list.query({ agencyId: user.agency?.id }));
  return { plans };
};
