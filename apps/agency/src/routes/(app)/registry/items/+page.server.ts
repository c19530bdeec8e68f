import { maybe, must } from '@liancha/api-client/sveltekit';
import { isOneOf, ITEM_CATEGORIES } from '@liancha/domain/vocabulary';
import { directoryData, directoryOf } from '$lib/server/directory';
import { formAction, stepAction } from '$lib/server/form-action';
import { param, yesNo } from '$lib/server/list-params';
import { registryListParams } from '$lib/server/registry-entry';
import type { Actions, PageServerLoad } from './$types';

const SORT = ['code', 'name', 'category', 'updatedAt'] as const;

export const load: PageServerLoad = async (event) => {
  const { url, locals } = event;
  const { user, list, includeArchived } = await registryListParams(event, SORT, 'code');
  const category = param(url, 'category');
  const published = param(url, 'published');
  const scope = param(url, 'scope') === 'all' ? 'all' : 'own';
  const filter = {
    search: param(url, 'q'),
    category: isOneOf(ITEM_CATEGORIES, category) ? category : undefined,
    published: yesNo(published),
    includeArchived,
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
    query: { q: filter.search ?? '', category: category ?? '', published: published ?? '', scope, archived: Boolean(includeArchived) },
    directory: directoryData(directory),
  };
};

export const actions: Actions = {
  publishList: stepAction(
    'publishList',
    (event) => event.locals.api.publications.publishItemList.mutate({}),
    () => '/registry/items?saved=listPublished',
  ),
  publish: formAction(
    { form: (form) => `publish-${form.text('id')}`, values: true },
    (form, event) => event.locals.api.registry.items.publish.mutate({ id: form.text('id') }),
    (_event, _result, form) => `/registry/items?saved=published&item=${form.text('id')}`,
  ),
};
