import { loginAction } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ notice: url.searchParams.get('notice') });

export const actions: Actions = { default: (event) => loginAction(event, access) };
