import { requireUser } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => requireUser(event, access);
