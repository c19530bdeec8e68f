import { FormReader, invalid, must } from '@liancha/api-client/sveltekit';
import { CHECK_STATUSES, isOneOf } from '@liancha/domain/vocabulary';
import type { RequestEvent } from '@sveltejs/kit';
import { formAction } from '$lib/server/form-action';
import { param } from '$lib/server/list-params';
import { loadTaskChecks } from '$lib/server/task-checks';
import type { Actions, PageServerLoad } from './$types';

/** The lead coordinator's bulk page of a task's checks: narrow by stratum, team or status, select, act, print. */
export const load: PageServerLoad = async (event) => {
  const view = await loadTaskChecks(event, event.params.id);
  const status = param(event.url, 'status');
  // 多头/重复/高频 warnings of the task's enterprises, before anyone schedules (a page at a time, `?warnings=<uscc>`).
  const after = param(event.url, 'warnings');
  const warnings = await must(event, event.locals.api.tasks.capWarnings.query({ taskId: event.params.id, limit: 20, ...(after ? { after } : {}) }));
  return {
    ...view,
    warnings,
    checks: view.checks.map(({ items, ...row }) => ({ ...row, items: items.length })),
    query: { stratum: param(event.url, 'stratum') ?? '', team: param(event.url, 'team') ?? '', status: isOneOf(CHECK_STATUSES, status) ? status : '' },
    saved: event.url.searchParams.get('saved'),
    done: Number(event.url.searchParams.get('n')) || 0,
  };
};

const back = (saved: string) => (event: RequestEvent<{ id: string }>, result: { done: number }) =>
  `/tasks/${event.params.id}/checks?saved=${saved}&n=${result.done}`;

/** Start or finish the selected visits on one day (the form has a day field per step). */
function dated(step: 'start' | 'finish', field: string, missing: string, saved: string) {
  const action = formAction(
    { form: 'bulk', fields: [field, 'checkIds'] },
    (form, event: RequestEvent<{ id: string }>) =>
      event.locals.api.checks.visitMany.mutate({ taskId: event.params.id, checkIds: form.list('checkIds'), step, on: form.text(field) }),
    back(saved),
  );
  return async (event: RequestEvent<{ id: string }>) => {
    const form = await FormReader.of(event.request.clone());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.text(field))) return invalid({ [field]: missing }, form.values(), 'bulk');
    return action(event);
  };
}

export const actions: Actions = {
  notify: formAction(
    { form: 'bulk', fields: ['scheduledOn', 'materials', 'contact', 'checkIds'] },
    (form, event) =>
      event.locals.api.checks.visitMany.mutate({
        taskId: event.params.id,
        checkIds: form.list('checkIds'),
        step: 'notify',
        scheduledOn: form.text('scheduledOn'),
        materials: form.lines('materials'),
        contact: form.text('contact'),
        note: '',
      }),
    back('notified'),
  ),
  start: dated('start', 'startOn', '请填写开始日期', 'started'),
  finish: dated('finish', 'finishOn', '请填写结束日期', 'finished'),
};
