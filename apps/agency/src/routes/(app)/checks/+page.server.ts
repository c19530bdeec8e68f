import { maybe, must } from '@liancha/api-client/sveltekit';
import { checksQuery } from '$lib/server/list-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { can } = await event.parent();
  const api = event.locals.api;
  const { request, sort, query } = checksQuery(event.url, can);
  // A year holds thousands of tasks: the list is narrowed to one from that task's page, never chosen from all.
  const [result, task] = await Promise.all([
    must(event, api.checks.list.query(request)),
    query.task ? maybe(event, api.tasks.get.query({ taskId: query.task })) : null,
  ]);
  return { result, sort, query, task: task?.ok ? { id: task.value.id, label: `${task.value.code} ${task.value.title}` } : null };
};
