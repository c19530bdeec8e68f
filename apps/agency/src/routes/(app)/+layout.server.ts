import { requireUser, unreadNotifications } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import { capabilitiesOf, navFor } from '$lib/roles';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  // Read on every navigation, so the header's unread badge follows the user around.
  void event.url.pathname;
  const me = await requireUser(event, access);
  return { ...me, nav: navFor(me.user), can: capabilitiesOf(me.user), unread: await unreadNotifications(event) };
};
