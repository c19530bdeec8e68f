import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** 专项检查年度限额 per agency for a year (?year=, this year by default), each changeable. */
export const load: PageServerLoad = async (event) => {
  const typed = Number(event.url.searchParams.get('year'));
  const year = Number.isInteger(typed) && typed >= 2000 && typed <= 2100 ? typed : Number(dateInShanghai(new Date()).slice(0, 4));
  return { quotas: await must(event, event.locals.api.campaigns.quotas.query({ year })), saved: event.url.searchParams.get('saved') };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const year = Number(form.text('year'));
    try {
      await event.locals.api.campaigns.setQuota.mutate({ agencyId: form.text('agencyId'), year, quota: Number(form.text('quota') || 'NaN') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: `quota-${form.text('agencyId')}`, fields: ['quota'] });
    }
    redirect(303, `/campaigns/quotas?year=${year}&saved=1`);
  },
};
