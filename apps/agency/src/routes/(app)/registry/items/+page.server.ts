import { FormReader, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { isOneOf, ITEM_CATEGORIES } from '@liancha/domain/vocabulary';
import { redirect } from '@sveltejs/kit';
import { directoryData, directoryOf } from '$lib/server/directory';
import { listParams, param } from '$lib/server/list-params';
import type { Actions, PageServerLoad } from './$types';

const SORT = ['code', 'name', 'category', 'updatedAt'] as const;

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const { url, locals } = event;
  const list = listParams(url, SORT, 'code');
  const category = param(url, 'category');
  const published = param(url, 'published');
  const scope = param(url, 'scope') === 'all' ? 'all' : 'own';
  const filter = {
    search: param(url, 'q'),
    category: isOneOf(ITEM_CATEGORIES, category) ? category : undefined,
    published: published === 'yes' ? true : published === 'no' ? false : undefined,
    includeArchived: url.searchParams.get('archived') === '1' || undefined,
    agencyId: scope === 'own' ? user.agency?.id : undefined,
  };
  const [result, directory, listed] = await Promise.all([
    must(event, locals.api.registry.items.list.query({ ...list, filter })),
    directoryOf(locals.api),
    user.agency
      ? maybe(
          event,
          locals.api.publications.list.query({
            regionCode: user.regionCode,
            pageSize: 1,
            filter: { kind: 'item_list', agencyId: user.agency.id, currentOnly: true },
          }),
        )
      : null,
  ]);
  // The agency's 事项清单 as last put on 公示, if ever.
  const itemList = listed?.ok ? (listed.value.rows[0] ?? null) : null;
  return {
    result,
    itemList,
    saved: url.searchParams.get('saved'),
    sort: list.sort,
    query: { q: filter.search ?? '', category: category ?? '', published: published ?? '', scope, archived: Boolean(filter.includeArchived) },
    directory: directoryData(directory),
  };
};

export const actions: Actions = {
  publishList: async (event) => {
    try {
      await event.locals.api.publications.publishItemList.mutate({});
    } catch (cause) {
      return refusal(event, cause, {}, { form: 'publishList' });
    }
    redirect(303, '/registry/items?saved=listPublished');
  },
  publish: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.registry.items.publish.mutate({ id: form.text('id') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: `publish-${form.text('id')}` });
    }
    redirect(303, `/registry/items?saved=published&item=${form.text('id')}`);
  },
};
