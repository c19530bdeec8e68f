import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

type Dimension = 'object_industry' | 'object_domain' | 'object_kind' | 'inspector_function' | 'inspector_enforcement_kind' | 'inspector_expertise';

export const load: PageServerLoad = async (event) => ({
  tags: await must(event, event.locals.api.registry.tags.list.query({ includeArchived: event.url.searchParams.get('archived') === '1' || undefined })),
  saved: event.url.searchParams.get('saved'),
});

export const actions: Actions = {
  create: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.registry.tags.create.mutate({ dimension: form.text('dimension') as Dimension, code: form.text('code'), name: form.text('name') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'create', fields: ['dimension', 'code', 'name'] });
    }
    redirect(303, '/registry/tags?saved=created');
  },
  rename: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.registry.tags.rename.mutate({ id: form.text('id'), name: form.text('name') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: `rename-${form.text('id')}`, fields: ['name'] });
    }
    redirect(303, '/registry/tags?saved=renamed');
  },
  archive: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.registry.tags.archive.mutate({ id: form.text('id') });
    } catch (cause) {
      return refusal(event, cause, {}, { form: `rename-${form.text('id')}` });
    }
    redirect(303, '/registry/tags?saved=archived');
  },
};
