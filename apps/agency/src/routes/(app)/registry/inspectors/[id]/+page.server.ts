import { maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { updateEntry } from '$lib/server/registry-entry';
import { INSPECTOR_FIELDS, inspectorFields } from '../inspector-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const api = event.locals.api;
  const inspector = await must(event, api.registry.inspectors.get.query({ id: event.params.id }));
  const [directory, tags, conflicts] = await Promise.all([
    directoryOf(api),
    must(event, api.registry.tags.list.query({ dimension: 'inspector_expertise' })),
    maybe(event, api.registry.conflicts.list.query({ inspectorId: inspector.id })),
  ]);
  return {
    inspector,
    saved: event.url.searchParams.get('saved'),
    directory: directoryData(directory),
    expertise: tags.map((t) => ({ code: t.code, name: t.name })),
    conflicts: conflicts.ok ? conflicts.value : [],
  };
};

export const actions: Actions = {
  update: (event) =>
    updateEntry(event, 'inspectors', INSPECTOR_FIELDS, (form, id) => event.locals.api.registry.inspectors.update.mutate({ id, patch: inspectorFields(form) })),
  archive: async (event) => {
    try {
      await event.locals.api.registry.inspectors.archive.mutate({ id: event.params.id });
    } catch (cause) {
      return refusal(event, cause, {}, { form: 'archive' });
    }
    redirect(303, `/registry/inspectors/${event.params.id}?saved=archived`);
  },
};
