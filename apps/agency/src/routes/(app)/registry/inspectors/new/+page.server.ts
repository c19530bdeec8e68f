import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { INSPECTOR_FIELDS, inspectorFields } from '../inspector-form.server';
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
      id = (await event.locals.api.registry.inspectors.create.mutate({ certificateNo: form.text('certificateNo'), ...inspectorFields(form) })).id;
    } catch (cause) {
      return refusal(event, cause, form.values(), { fields: INSPECTOR_FIELDS });
    }
    redirect(303, `/registry/inspectors/${id}?saved=created`);
  },
};
