import { must } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Every entered year; `?year=` (the "open a year" form) goes to that year's page. */
export const load: PageServerLoad = async (event) => {
  const year = Number(event.url.searchParams.get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) redirect(303, `/calendar/${year}`);
  const { user } = await event.parent();
  const list = await must(event, event.locals.api.calendar.schedules.list.query({}));
  const next = Math.max(Number(list.today.slice(0, 4)), ...list.years.map((y) => y.year)) + 1;
  return { list, next, admin: user.roles.includes('platform_admin') };
};
