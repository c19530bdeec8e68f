import { todoFor } from '$lib/server/todo';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  return { todo: await todoFor(event, event.locals.api, user) };
};
