import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { ITEM_FIELDS, itemFields } from '../item-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const [directory, tags] = await Promise.all([
    directoryOf(event.locals.api),
    must(event, event.locals.api.registry.tags.list.query({ dimension: 'inspector_expertise' })),
  ]);
  return { directory: directoryData(directory), expertise: tags.map((t) => ({ code: t.code, name: t.name })) };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    let id: string;
    try {
      id = (await event.locals.api.registry.items.create.mutate({ code: form.text('code'), ...itemFields(form) })).id;
    } catch (cause) {
      return refusal(event, cause, form.values(), { fields: ITEM_FIELDS });
    }
    redirect(303, `/registry/items/${id}?saved=created`);
  },
};
