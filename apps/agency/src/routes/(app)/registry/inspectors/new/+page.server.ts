import { createEntry, expertiseFormData } from '$lib/server/registry-entry';
import { INSPECTOR_FIELDS, inspectorFields } from '../inspector-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  return expertiseFormData(event);
};

export const actions: Actions = {
  default: (event) =>
    createEntry(event, 'inspectors', INSPECTOR_FIELDS, (form) =>
      event.locals.api.registry.inspectors.create.mutate({ certificateNo: form.text('certificateNo'), ...inspectorFields(form) }),
    ),
};
