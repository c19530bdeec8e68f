import { FormReader, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { updateEntry } from '$lib/server/registry-entry';
import { OBJECT_FIELDS, objectFields } from '../object-form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const api = event.locals.api;
  const object = await must(event, api.registry.objects.get.query({ id: event.params.id }));
  const [directory, tags, conflicts, hazards, ledger] = await Promise.all([
    directoryOf(api),
    must(event, api.registry.tags.list.query({})),
    maybe(event, api.registry.conflicts.list.query({ objectId: object.id })),
    maybe(event, api.hazards.list.query({ pageSize: 20, filter: { objectId: object.id } })),
    // The year's checks by every agency and kind against each agency's 年度检查频次上限, with the warnings.
    maybe(event, api.inspectionCaps.ledger.query({ objectId: object.id })),
  ]);
  return {
    object,
    saved: event.url.searchParams.get('saved'),
    directory: directoryData(directory),
    tags: tags.filter((t) => t.dimension.startsWith('object_')).map((t) => ({ code: t.code, name: t.name })),
    conflicts: conflicts.ok ? conflicts.value : [],
    hazards: hazards.ok ? hazards.value.rows : [],
    ledger: ledger.ok ? { year: ledger.value.year, agencies: ledger.value.agencies, warnings: ledger.value.warnings, advice: ledger.value.advice } : null,
  };
};

export const actions: Actions = {
  update: (event) =>
    updateEntry(event, 'objects', OBJECT_FIELDS, (form, id) => event.locals.api.registry.objects.update.mutate({ id, patch: objectFields(form) })),
  archive: async (event) => {
    let archived: boolean;
    try {
      archived = (await event.locals.api.registry.objects.archive.mutate({ id: event.params.id })).archived;
    } catch (cause) {
      return refusal(event, cause, {}, { form: 'archive' });
    }
    redirect(303, archived ? `/registry/objects/${event.params.id}?saved=archived` : '/registry/objects?notice=unsupervised');
  },
  /** 纳入失信名单 with an end date (none: not stated). */
  dishonest: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.credit.markDishonest.mutate({ objectId: event.params.id, reason: form.text('reason'), until: form.optional('until') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'dishonest', fields: ['reason', 'until'] });
    }
    redirect(303, `/registry/objects/${event.params.id}?saved=dishonest`);
  },
};
