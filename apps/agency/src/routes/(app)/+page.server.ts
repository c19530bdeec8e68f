import { maybe } from '@liancha/api-client/sveltekit';
import { todoGroups } from '$lib/server/todo';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = event.locals.api;
  // The platform admin keeps the national holiday schedules: the API says (on its clock) which year is missing.
  const [todo, calendar] = await Promise.all([
    maybe(event, api.home.todo.query()),
    user.roles.includes('platform_admin') ? maybe(event, api.calendar.schedules.list.query({})) : null,
  ]);
  return {
    todo: todo.ok ? todoGroups(todo.value.panels) : [],
    todoError: todo.ok ? null : todo.message,
    calendarReminder: calendar?.ok ? calendar.value.reminder : null,
  };
};
