import { FormReader, invalid, maybe } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { apiErrorOf } from '@liancha/api-client';
import { formAction } from '$lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = event.locals.api;
  const [due, overdue, recent, todo] = await Promise.all([
    maybe(event, api.publications.due.query({ pageSize: 200 })),
    maybe(event, api.publications.overdue.query({ pageSize: 200 })),
    maybe(event, api.publications.list.query({ regionCode: user.regionCode, pageSize: 30, filter: user.agency ? { agencyId: user.agency.id } : {} })),
    maybe(event, api.home.todo.query()),
  ]);
  // The API decides which drawn tasks still await their notice (the home page's 待公示 panel).
  const publishPanel = todo.ok ? todo.value.panels.find((p) => p.key === 'publish') : undefined;
  const tasksDue = (publishPanel?.key === 'publish' ? publishPanel.items : []).flatMap((item) => (item.kind === 'task' ? [item] : []));
  return {
    due: due.ok ? due.value : null,
    dueError: due.ok ? null : due.message,
    overdue: overdue.ok ? overdue.value.rows : [],
    overdueEstimatedYears: overdue.ok ? overdue.value.estimatedYears : [],
    tasksDue: tasksDue.map((t) => ({ id: t.taskId, code: t.code, title: t.title })),
    recent: recent.ok ? recent.value.rows : [],
    saved: event.url.searchParams.get('saved'),
  };
};

export const actions: Actions = {
  /** One action: publish this agency's results of one check. */
  result: formAction(
    { form: (form) => `result-${form.text('checkId')}` },
    (form, event) => event.locals.api.publications.publishResults.mutate({ checkId: form.text('checkId') }),
    () => '/publications?saved=result',
  ),
  task: formAction(
    { form: (form) => `task-${form.text('taskId')}` },
    (form, event) => event.locals.api.publications.publishTask.mutate({ taskId: form.text('taskId') }),
    () => '/publications?saved=task',
  ),
  /** Every result that is ready, in one go; each is its own publication, so one refusal does not stop the rest. */
  allReady: async (event) => {
    const form = await FormReader.of(event.request);
    const ids = form.list('checkId');
    const failures: string[] = [];
    for (const checkId of ids) {
      try {
        await event.locals.api.publications.publishResults.mutate({ checkId });
      } catch (cause) {
        failures.push(apiErrorOf(cause).message);
      }
    }
    if (failures.length > 0)
      return invalid({}, {}, 'allReady', `${ids.length - failures.length} 项已公示，${failures.length} 项未能公示：${failures.join('；')}`);
    redirect(303, `/publications?saved=all&count=${ids.length}`);
  },
};
