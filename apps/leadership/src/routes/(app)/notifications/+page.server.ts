import { notificationPage } from '@liancha/api-client/sveltekit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => notificationPage.load(event);
export const actions: Actions = notificationPage.actions;
