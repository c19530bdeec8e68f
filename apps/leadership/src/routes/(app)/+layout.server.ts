import { requireUser } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import type { LayoutServerLoad } from './$types';

/** The signed-in member, with the unread count of the header's badge (auth.me carries it). */
export const load: LayoutServerLoad = async (event) => requireUser(event, access);
