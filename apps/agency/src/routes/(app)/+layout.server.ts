import { requireUser } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import { capabilitiesOf, navFor } from '$lib/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  // auth.me carries the unread count for the header's badge (read again on every full page load).
  const me = await requireUser(event, access);
  return { ...me, nav: navFor(me.user), can: capabilitiesOf(me.user) };
};
