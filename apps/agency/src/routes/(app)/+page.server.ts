import { maybe } from '@liancha/api-client/sveltekit';
import { todoFor } from '$lib/server/todo';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  // The platform admin keeps the national holiday schedules: the API says (on its clock) which year is missing.
  const calendar = user.roles.includes('platform_admin') ? await maybe(event, event.locals.api.calendar.schedules.list.query({})) : null;
  return { todo: await todoFor(event, event.locals.api, user), calendarReminder: calendar?.ok ? calendar.value.reminder : null };
};
