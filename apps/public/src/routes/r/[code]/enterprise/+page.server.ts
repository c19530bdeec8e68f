import { activate, leave } from '$lib/server/enterprise-entry';
import { ask } from '$lib/server/enterprise-session';
import type { Actions, PageServerLoad } from './$types';

/** Without a session the activation form; with one, the enterprise's record of checks. */
export const load: PageServerLoad = async (event) => {
  const { session } = await event.parent();
  return { record: session ? await ask(event, event.locals.api.enterprise.record.query()) : null };
};

export const actions: Actions = { activate, logout: leave };
