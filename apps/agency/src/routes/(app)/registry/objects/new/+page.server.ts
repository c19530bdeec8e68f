import { must } from '@liancha/api-client/sveltekit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { createEntry } from '$lib/server/registry-entry';
import { OBJECT_FIELDS, objectFields } from '../object-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const [directory, tags] = await Promise.all([directoryOf(event.locals.api), must(event, event.locals.api.registry.tags.list.query({}))]);
  return { directory: directoryData(directory), tags: tags.filter((t) => t.dimension.startsWith('object_')).map((t) => ({ code: t.code, name: t.name })) };
};

export const actions: Actions = {
  default: (event) =>
    createEntry(event, 'objects', OBJECT_FIELDS, (form) => event.locals.api.registry.objects.create.mutate({ uscc: form.text('uscc'), ...objectFields(form) })),
};
