import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { OBJECT_FIELDS, objectFields } from '../object-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const [directory, tags] = await Promise.all([directoryOf(event.locals.api), must(event, event.locals.api.registry.tags.list.query({}))]);
  return { directory: directoryData(directory), tags: tags.filter((t) => t.dimension.startsWith('object_')).map((t) => ({ code: t.code, name: t.name })) };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    let id: string;
    try {
      const created = await event.locals.api.registry.objects.create.mutate({ uscc: form.text('uscc'), ...objectFields(form) });
      id = created.id;
    } catch (cause) {
      return refusal(event, cause, form.values(), { fields: OBJECT_FIELDS });
    }
    redirect(303, `/registry/objects/${id}?saved=created`);
  },
};
