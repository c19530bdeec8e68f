import { requireUser } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import type { LayoutServerLoad } from './$types';

/** Pages shown on the room's screen: logged in like the rest, without the portal's header and navigation. */
export const load: LayoutServerLoad = async (event) => requireUser(event, access);
