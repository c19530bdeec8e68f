import { redirect } from '@sveltejs/kit';
import { logoutAction } from '@liancha/api-client/sveltekit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = { default: (event) => logoutAction(event) };
