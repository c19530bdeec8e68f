import { maybe, must } from '@liancha/api-client/sveltekit';
import { type RequestEvent } from '@sveltejs/kit';
import { formAction, stepAction } from '$lib/server/form-action';
import { PLAN_FIELDS, planContents } from '../plan-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = event.locals.api;
  const plan = await must(event, api.plans.get.query({ id: event.params.id }));
  const [items, publications] = await Promise.all([
    maybe(event, api.registry.items.list.query({ pageSize: 200, filter: { agencyId: plan.agencyId, includeArchived: true } })),
    maybe(event, api.publications.list.query({ regionCode: plan.regionCode, filter: { kind: 'annual_plan', subjectId: plan.id } })),
  ]);
  return {
    plan,
    items: items.ok ? items.value.rows.map((i) => ({ id: i.id, code: i.code, name: i.name, published: i.publishedAt !== null })) : [],
    publication: publications.ok ? (publications.value.rows[0] ?? null) : null,
    saved: event.url.searchParams.get('saved'),
  };
};

type Step = 'submit' | 'approve' | 'publish';

const back = (saved: string) => (event: RequestEvent<{ id: string }>) => `/plans/${event.params.id}?saved=${saved}`;

const step = (verb: Step) =>
  stepAction('step', (event: RequestEvent<{ id: string }>) => event.locals.api.plans[verb].mutate({ id: event.params.id }), back(verb));

type Plans = App.Locals['api']['plans'];

/** 退回 and 调整: a step with the reason for it. */
const withReason = <R>(
  verb: string,
  call: (plans: Plans, input: { id: string; reason: string }) => Promise<R>,
  then: (event: RequestEvent<{ id: string }>, result: R) => string,
) =>
  formAction(
    { form: verb, fields: ['reason'] },
    (form, event: RequestEvent<{ id: string }>) => call(event.locals.api.plans, { id: event.params.id, reason: form.text('reason') }),
    then,
  );

export const actions: Actions = {
  update: formAction(
    { form: 'update', fields: PLAN_FIELDS },
    (form, event) => event.locals.api.plans.update.mutate({ id: event.params.id, ...planContents(form) }),
    back('updated'),
  ),
  submit: step('submit'),
  approve: step('approve'),
  publish: step('publish'),
  reject: withReason('reject', (plans, input) => plans.reject.mutate(input), back('rejected')),
  adjust: withReason(
    'adjust',
    (plans, input) => plans.adjust.mutate(input),
    (_event, adjusted) => `/plans/${adjusted.id}?saved=adjusted`,
  ),
};
