import { FormReader, maybe, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { directoryOf } from '$lib/server/directory';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = event.locals.api;
  const [directory, plans] = await Promise.all([directoryOf(api), maybe(event, api.plans.list.query({ agencyId: user.agency?.id }))]);
  const published = plans.ok ? plans.value.filter((p) => p.status === 'published') : [];
  const details = await Promise.all(published.map((p) => api.plans.get.query({ id: p.id }).catch(() => null)));
  const batches = details.flatMap((plan) =>
    plan
      ? plan.batches.map((b) => ({
          id: b.id,
          label: `${plan.year}年计划（第${plan.version}版）· ${b.name}（${b.startsOn} 至 ${b.endsOn}）`,
          startsOn: b.startsOn,
          endsOn: b.endsOn,
        }))
      : [],
  );
  return { partners: directory.agencies.filter((a) => !a.own), units: [...directory.units.entries()].map(([id, name]) => ({ id, name })), batches };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const kind = form.text('kind') === 'internal' ? 'internal' : 'inter_agency';
    let id: string;
    try {
      id = (
        await event.locals.api.tasks.create.mutate({
          title: form.text('title'),
          planBatchId: form.optional('planBatchId'),
          kind,
          inspectionStartsOn: form.text('inspectionStartsOn'),
          inspectionEndsOn: form.text('inspectionEndsOn'),
          partnerAgencyIds: kind === 'inter_agency' ? form.list('partnerAgencyIds') : [],
          unitIds: kind === 'internal' ? form.list('unitIds') : [],
          // The reason counts only when 补录 is ticked, so a stray reason cannot mark a task.
          backfillReason: form.text('backfill') === 'on' ? form.text('backfillReason') || null : null,
          confirmSameBatch: form.text('confirmSameBatch') === 'on',
        })
      ).id;
    } catch (cause) {
      return refusal(event, cause, form.values(), {
        fields: ['title', 'planBatchId', 'kind', 'inspectionStartsOn', 'inspectionEndsOn', 'partnerAgencyIds', 'unitIds', 'backfillReason', 'confirmSameBatch'],
      });
    }
    redirect(303, `/tasks/${id}?saved=created`);
  },
};
