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

export const actions: Actions = {
  update: formAction(
    { form: 'update', fields: PLAN_FIELDS },
    (form, event) => event.locals.api.plans.update.mutate({ id: event.params.id, ...planContents(form) }),
    back('updated'),
  ),
  submit: step('submit'),
  approve: step('approve'),
  publish: step('publish'),
  reject: formAction(
    { form: 'reject', fields: ['reason'] },
    (form, event) => event.locals.api.plans.reject.mutate({ id: event.params.id, reason: form.text('reason') }),
    back('rejected'),
  ),
  adjust: formAction(
    { form: 'adjust', fields: ['reason'] },
    (form, event) => event.locals.api.plans.adjust.mutate({ id: event.params.id, reason: form.text('reason') }),
    (_event, adjusted) => `/plans/${adjusted.id}?saved=adjusted`,
  ),
};
