import { requireUser } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import { capabilitiesOf, navFor } from '$lib/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const me = await requireUser(event, access);
  return { ...me, nav: navFor(me.user), can: capabilitiesOf(me.user) };
};
