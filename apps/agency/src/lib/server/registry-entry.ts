import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { directoryData, directoryOf } from './directory';
import { flagParam, listParams } from './list-params';

/** The directory and the expertise tags: what the inspector and the item forms choose from. */
export async function expertiseFormData(event: RequestEvent) {
  const api = event.locals.api;
  const [directory, tags] = await Promise.all([directoryOf(api), must(event, api.registry.tags.list.query({ dimension: 'inspector_expertise' }))]);
  return { directory: directoryData(directory), expertise: tags.map((t) => ({ code: t.code, name: t.name })) };
}

/**
 * The new-entry action of a registry (`path` below /registry): create from the posted form, then
 * show the entry; a refusal shows the form again with its fields' errors.
 */
export async function createEntry(event: RequestEvent, path: string, fields: readonly string[], create: (form: FormReader) => Promise<{ id: string }>) {
  const form = await FormReader.of(event.request);
  let id: string;
  try {
    id = (await create(form)).id;
  } catch (cause) {
    return refusal(event, cause, form.values(), { fields });
  }
  redirect(303, `/registry/${path}/${id}?saved=created`);
}

/** The update action of a registry entry's page (`/registry/{path}/{id}`), as createEntry. */
export async function updateEntry(event: RequestEvent, path: string, fields: readonly string[], update: (form: FormReader, id: string) => Promise<unknown>) {
  const form = await FormReader.of(event.request);
  const id = event.params.id!;
  try {
    await update(form, id);
  } catch (cause) {
    return refusal(event, cause, form.values(), { form: 'update', fields });
  }
  redirect(303, `/registry/${path}/${id}?saved=updated`);
}

/**
 * What a registry's list page starts from: the signed-in user (whose agency scopes the list), the
 * page and sort asked for, and whether archived entries are shown too (`?archived=1`).
 */
export async function registryListParams<F extends string, U>(
  event: { url: URL; parent: () => Promise<{ user: U }> },
  sortFields: readonly F[],
  defaultSort: F,
) {
  const { user } = await event.parent();
  return { user, list: listParams(event.url, sortFields, defaultSort), includeArchived: flagParam(event.url, 'archived') || undefined };
}
