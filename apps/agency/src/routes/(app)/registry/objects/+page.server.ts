import { must } from '@liancha/api-client/sveltekit';
import { isOneOf, ITEM_CATEGORIES, OBJECT_STATUSES, RISK_CLASSES } from '@liancha/domain/vocabulary';
import { directoryData, directoryOf } from '$lib/server/directory';
import { param, params } from '$lib/server/list-params';
import { registryListParams } from '$lib/server/registry-entry';
import type { PageServerLoad } from './$types';

const SORT = ['name', 'uscc', 'sectorCode', 'riskClass', 'townshipCode', 'updatedAt', 'lastInspectedOn'] as const;

export const load: PageServerLoad = async (event) => {
  const { url, locals } = event;
  const { user, list, includeArchived } = await registryListParams(event, SORT, 'name');
  const risk = params(url, 'risk')?.filter((r) => isOneOf(RISK_CLASSES, r));
  const status = param(url, 'status');
  const category = param(url, 'category');
  const filter = {
    search: param(url, 'q'),
    sectorCode: param(url, 'sector'),
    townshipCode: param(url, 'township'),
    riskClasses: risk,
    statuses: isOneOf(OBJECT_STATUSES, status) ? [status] : undefined,
    supervisionCategory: isOneOf(ITEM_CATEGORIES, category) ? category : undefined,
    tag: param(url, 'tag'),
    includeArchived,
    supervisedBy: user.agency?.id,
  };
  const [result, directory, tags] = await Promise.all([
    must(event, locals.api.registry.objects.list.query({ ...list, filter })),
    directoryOf(locals.api),
    must(event, locals.api.registry.tags.list.query({})),
  ]);
  return {
    result,
    sort: list.sort,
    query: {
      q: filter.search ?? '',
      sector: filter.sectorCode ?? '',
      township: filter.townshipCode ?? '',
      risk: risk ?? [],
      status: status ?? '',
      category: category ?? '',
      tag: filter.tag ?? '',
      archived: Boolean(includeArchived),
    },
    directory: directoryData(directory),
    tags: tags.filter((t) => t.dimension.startsWith('object_')).map((t) => ({ code: t.code, name: t.name })),
  };
};
