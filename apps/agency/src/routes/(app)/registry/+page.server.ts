import { maybe } from '@liancha/api-client/sveltekit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = event.locals.api;
  const agencyId = user.agency?.id;
  const [items, objects, inspectors, conflicts] = await Promise.all([
    maybe(event, api.registry.items.list.query({ pageSize: 1, filter: agencyId ? { agencyId } : {} })),
    maybe(event, api.registry.objects.list.query({ pageSize: 1, filter: agencyId ? { supervisedBy: agencyId } : {} })),
    maybe(event, api.registry.inspectors.list.query({ pageSize: 1, filter: agencyId ? { agencyId } : {} })),
    maybe(event, api.registry.conflicts.list.query({ limit: 500 })),
  ]);
  const count = (r: { ok: true; value: { total: number } } | { ok: false }) => (r.ok ? r.value.total : null);
  return { counts: { items: count(items), objects: count(objects), inspectors: count(inspectors), conflicts: conflicts.ok ? conflicts.value.length : null } };
};
