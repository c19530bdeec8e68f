import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import { redirect } from '@sveltejs/kit';
import { PLAN_FIELDS, planContents } from '../plan-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const items = await must(event, event.locals.api.registry.items.list.query({ pageSize: 200, filter: { agencyId: user.agency?.id } }));
  const thisYear = Number(dateInShanghai(new Date()).slice(0, 4));
  const asked = Number(event.url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear + 1;
  return {
    items: items.rows.map((i) => ({ id: i.id, code: i.code, name: i.name, published: i.publishedAt !== null })),
    year,
    years: [thisYear - 1, thisYear, thisYear + 1, thisYear + 2],
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    let id: string;
    try {
      id = (await event.locals.api.plans.create.mutate({ year: form.int('year') ?? Number.NaN, ...planContents(form) })).id;
    } catch (cause) {
      return refusal(event, cause, form.values(), { fields: PLAN_FIELDS });
    }
    redirect(303, `/plans/${id}?saved=created`);
  },
};
