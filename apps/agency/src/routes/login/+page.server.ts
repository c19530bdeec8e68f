import { loginAction, loginNotice } from '@liancha/api-client/sveltekit';
import { access } from '$lib/access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ notice: loginNotice(url.searchParams.get('notice'), access) });

export const actions: Actions = { default: (event) => loginAction(event, access) };
