import { must } from '@liancha/api-client/sveltekit';
import { INSPECTOR_STATUSES, isOneOf } from '@liancha/domain/vocabulary';
import { directoryData, directoryOf } from '$lib/server/directory';
import { param, yesNo } from '$lib/server/list-params';
import { registryListParams } from '$lib/server/registry-entry';
import type { PageServerLoad } from './$types';

const SORT = ['name', 'certificateNo', 'certificateExpiry', 'status', 'updatedAt'] as const;

export const load: PageServerLoad = async (event) => {
  const { url, locals } = event;
  const { user, list, includeArchived } = await registryListParams(event, SORT, 'name');
  const status = param(url, 'status');
  const expert = param(url, 'expert');
  const filter = {
    search: param(url, 'q'),
    expertise: param(url, 'expertise'),
    statuses: isOneOf(INSPECTOR_STATUSES, status) ? [status] : undefined,
    isExpert: yesNo(expert),
    validOn: param(url, 'validOn'),
    unitId: param(url, 'unit'),
    includeArchived,
    agencyId: user.agency?.id,
  };
  const [result, directory, tags] = await Promise.all([
    must(event, locals.api.registry.inspectors.list.query({ ...list, filter })),
    directoryOf(locals.api),
    must(event, locals.api.registry.tags.list.query({ dimension: 'inspector_expertise' })),
  ]);
  return {
    result,
    sort: list.sort,
    query: {
      q: filter.search ?? '',
      expertise: filter.expertise ?? '',
      status: status ?? '',
      expert: expert ?? '',
      validOn: filter.validOn ?? '',
      unit: filter.unitId ?? '',
      archived: Boolean(includeArchived),
    },
    directory: directoryData(directory),
    expertise: tags.map((t) => ({ code: t.code, name: t.name })),
  };
};
