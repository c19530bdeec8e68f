import { maybe, must } from '@liancha/api-client/sveltekit';
import { CHECK_STATUSES, isOneOf } from '@liancha/domain/vocabulary';
import { param } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { can } = await event.parent();
  const api = event.locals.api;
  // An inspector sees the checks whose team includes him; the office may narrow to its own too.
  const mine = can.inspector && !can.office && !can.leader ? true : event.url.searchParams.get('mine') === '1';
  const status = param(event.url, 'status');
  const taskId = param(event.url, 'task');
  const [checks, tasks] = await Promise.all([
    must(event, api.checks.list.query({ mine, taskId, statuses: isOneOf(CHECK_STATUSES, status) ? [status] : undefined })),
    maybe(event, api.tasks.list.query({})),
  ]);
  const taskOf = new Map((tasks.ok ? tasks.value : []).map((t) => [t.id, { code: t.code, title: t.title }]));
  return {
    checks: checks.map((c) => ({ ...c, task: taskOf.get(c.taskId) ?? null })),
    tasks: tasks.ok ? tasks.value.map((t) => ({ id: t.id, label: `${t.code} ${t.title}` })) : [],
    query: { mine, status: status ?? '', task: taskId ?? '' },
  };
};
