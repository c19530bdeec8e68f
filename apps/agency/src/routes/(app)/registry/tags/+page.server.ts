import { type FormReader, must } from '@liancha/api-client/sveltekit';
import { formAction } from '$lib/server/form-action';
import { flagParam } from '$lib/server/list-params';
import type { Actions, PageServerLoad } from './$types';

type Dimension = 'object_industry' | 'object_domain' | 'object_kind' | 'inspector_function' | 'inspector_enforcement_kind' | 'inspector_expertise';

export const load: PageServerLoad = async (event) => ({
  tags: await must(event, event.locals.api.registry.tags.list.query({ includeArchived: flagParam(event.url, 'archived') || undefined })),
  saved: event.url.searchParams.get('saved'),
});

const back = (saved: string) => () => `/registry/tags?saved=${saved}`;
/** A tag's row form (改名 and 停用 alike). */
const renameForm = (form: FormReader) => `rename-${form.text('id')}`;

export const actions: Actions = {
  create: formAction(
    { form: 'create', fields: ['dimension', 'code', 'name'] },
    (form, event) =>
      event.locals.api.registry.tags.create.mutate({ dimension: form.text('dimension') as Dimension, code: form.text('code'), name: form.text('name') }),
    back('created'),
  ),
  rename: formAction(
    { form: renameForm, fields: ['name'] },
    (form, event) => event.locals.api.registry.tags.rename.mutate({ id: form.text('id'), name: form.text('name') }),
    back('renamed'),
  ),
  archive: formAction({ form: renameForm }, (form, event) => event.locals.api.registry.tags.archive.mutate({ id: form.text('id') }), back('archived')),
};
