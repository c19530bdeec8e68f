import { maybe, must } from '@liancha/api-client/sveltekit';
import { checksQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { can } = await event.parent();
  const api = event.locals.api;
  const { request, query } = checksQuery(event.url, can);
  const [checks, tasks] = await Promise.all([must(event, api.checks.list.query(request)), maybe(event, api.tasks.list.query({}))]);
  const taskOf = new Map((tasks.ok ? tasks.value : []).map((t) => [t.id, { code: t.code, title: t.title }]));
  return {
    checks: checks.map((c) => ({ ...c, task: taskOf.get(c.taskId) ?? null })),
    tasks: tasks.ok ? tasks.value.map((t) => ({ id: t.id, label: `${t.code} ${t.title}` })) : [],
    query,
  };
};
