import { must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { updateEntry } from '$lib/server/registry-entry';
import { ITEM_FIELDS, itemFields } from '../item-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const api = event.locals.api;
  const item = await must(event, api.registry.items.get.query({ id: event.params.id }));
  const [directory, tags] = await Promise.all([directoryOf(api), must(event, api.registry.tags.list.query({ dimension: 'inspector_expertise' }))]);
  return {
    item,
    saved: event.url.searchParams.get('saved'),
    directory: directoryData(directory),
    expertise: tags.map((t) => ({ code: t.code, name: t.name })),
  };
};

const step = (verb: 'publish' | 'archive') => async (event: Parameters<Actions[string]>[0]) => {
  try {
    await event.locals.api.registry.items[verb].mutate({ id: event.params.id! });
  } catch (cause) {
    return refusal(event, cause, {}, { form: verb });
  }
  redirect(303, `/registry/items/${event.params.id}?saved=${verb === 'publish' ? 'published' : 'archived'}`);
};

export const actions: Actions = {
  update: (event) => updateEntry(event, 'items', ITEM_FIELDS, (form, id) => event.locals.api.registry.items.update.mutate({ id, patch: itemFields(form) })),
  publish: step('publish'),
  archive: step('archive'),
};
