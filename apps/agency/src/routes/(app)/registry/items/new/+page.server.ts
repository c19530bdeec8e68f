import { createEntry, expertiseFormData } from '$lib/server/registry-entry';
import { ITEM_FIELDS, itemFields } from '../item-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  return expertiseFormData(event);
};

export const actions: Actions = {
  default: (event) =>
    createEntry(event, 'items', ITEM_FIELDS, (form) => event.locals.api.registry.items.create.mutate({ code: form.text('code'), ...itemFields(form) })),
};
