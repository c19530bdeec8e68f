import { FormReader, invalid, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import type { ConflictReason } from '@liancha/ui';
import { redirect } from '@sveltejs/kit';
import { formAction } from '$lib/server/form-action';
import { flagParam, param } from '$lib/server/list-params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const { url, locals } = event;
  const inspectorId = param(url, 'inspectorId');
  const objectId = param(url, 'objectId');
  const [conflicts, inspectors, object] = await Promise.all([
    must(event, locals.api.registry.conflicts.list.query({ inspectorId, objectId, includeArchived: flagParam(url, 'archived') || undefined, limit: 500 })),
    maybe(event, locals.api.registry.inspectors.list.query({ pageSize: 200, filter: { agencyId: user.agency?.id } })),
    objectId ? maybe(event, locals.api.registry.objects.get.query({ id: objectId })) : Promise.resolve(null),
  ]);
  return {
    conflicts,
    inspectors: inspectors.ok ? inspectors.value.rows.map((r) => ({ id: r.id, name: r.name, certificateNo: r.certificateNo })) : [],
    preset: { inspectorId: inspectorId ?? '', object: object?.ok ? `${object.value.uscc}` : '' },
    saved: url.searchParams.get('saved'),
  };
};

export const actions: Actions = {
  create: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const query = form.text('object');
    if (!query) return invalid({ object: '请填写企业的统一社会信用代码或名称' }, values, 'create');
    const found = await event.locals.api.registry.objects.list.query({ pageSize: 5, filter: { search: query } }).catch(() => null);
    const exact = found?.rows.find((o) => o.uscc === query.toUpperCase() || o.name === query);
    const object = exact ?? (found?.rows.length === 1 ? found.rows[0] : undefined);
    if (!object) {
      return invalid(
        { object: found && found.rows.length > 1 ? `找到 ${found.total} 家匹配的企业，请填写完整的统一社会信用代码` : '名录中没有这家企业' },
        values,
        'create',
      );
    }
    try {
      await event.locals.api.registry.conflicts.create.mutate({
        inspectorId: form.text('inspectorId'),
        objectId: object.id,
        reasonCode: form.text('reasonCode') as ConflictReason,
        note: form.text('note'),
        validFrom: form.text('validFrom'),
        validUntil: form.optional('validUntil'),
      });
    } catch (cause) {
      return refusal(event, cause, values, { form: 'create', fields: ['inspectorId', 'reasonCode', 'note', 'validFrom', 'validUntil'] });
    }
    redirect(303, '/registry/conflicts?saved=created');
  },
  archive: formAction(
    { form: 'archive' },
    (form, event) => event.locals.api.registry.conflicts.archive.mutate({ id: form.text('id') }),
    () => '/registry/conflicts?saved=archived',
  ),
};
