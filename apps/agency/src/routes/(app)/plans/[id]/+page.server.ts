import { FormReader, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';
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

const step = (verb: Step) => async (event: RequestEvent<{ id: string }>) => {
  const id = event.params.id;
  try {
    await event.locals.api.plans[verb].mutate({ id });
  } catch (cause) {
    return refusal(event, cause, {}, { form: 'step' });
  }
  redirect(303, `/plans/${id}?saved=${verb}`);
};

export const actions: Actions = {
  update: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.plans.update.mutate({ id: event.params.id, ...planContents(form) });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'update', fields: PLAN_FIELDS });
    }
    redirect(303, `/plans/${event.params.id}?saved=updated`);
  },
  submit: step('submit'),
  approve: step('approve'),
  publish: step('publish'),
  reject: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.plans.reject.mutate({ id: event.params.id, reason: form.text('reason') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'reject', fields: ['reason'] });
    }
    redirect(303, `/plans/${event.params.id}?saved=rejected`);
  },
  adjust: async (event) => {
    const form = await FormReader.of(event.request);
    let id: string;
    try {
      id = (await event.locals.api.plans.adjust.mutate({ id: event.params.id, reason: form.text('reason') })).id;
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'adjust', fields: ['reason'] });
    }
    redirect(303, `/plans/${id}?saved=adjusted`);
  },
};
