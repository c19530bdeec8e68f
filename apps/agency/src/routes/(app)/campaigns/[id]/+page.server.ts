import { must } from '@liancha/api-client/sveltekit';
import type { RequestEvent } from '@sveltejs/kit';
import { stepAction } from '$lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

/** One 专项检查 with its steps, and the checks requested under it. */
export const load: PageServerLoad = async (event) => {
  const [campaign, checks] = await Promise.all([
    must(event, event.locals.api.campaigns.get.query({ id: event.params.id })),
    must(event, event.locals.api.caseChecks.list.query({ pageSize: 100, filter: { campaignId: event.params.id } })),
  ]);
  return { campaign, checks, saved: event.url.searchParams.get('saved') };
};

const back = (saved: string) => (event: RequestEvent<{ id: string }>) => `/campaigns/${event.params.id}?saved=${saved}`;
const api = (event: RequestEvent) => event.locals.api.campaigns;

export const actions: Actions = {
  submit: stepAction('step', (event) => api(event).submit.mutate({ id: event.params.id }), back('submit')),
  publish: stepAction('step', (event) => api(event).publish.mutate({ id: event.params.id }), back('publish')),
  close: stepAction('step', (event) => api(event).close.mutate({ id: event.params.id }), back('close')),
  withdraw: stepAction('step', (event) => api(event).withdraw.mutate({ id: event.params.id }), back('withdraw')),
};
