import { FormReader, invalid, maybe, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { agencyOptions } from '$lib/server/agencies';
import { idParam } from '$lib/server/list-params';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['toAgencyId', 'subject', 'body', 'dueOn', 'hazardId'] as const;

/** A hazard the note is about, when the page was opened from one (and the leadership may read it). */
async function hazardOf(event: Parameters<PageServerLoad>[0] | Parameters<Actions[string]>[0], id: string | null | undefined) {
  if (!id) return null;
  const result = await maybe(event, event.locals.api.hazards.get.query({ id }));
  return result.ok ? result.value : null;
}

export const load: PageServerLoad = async (event) => {
  const hazard = await hazardOf(event, idParam(event.url, 'hazard'));
  return {
    agencies: await agencyOptions(event),
    agencyId: hazard?.agencyId ?? idParam(event.url, 'agency') ?? '',
    hazard: hazard
      ? { id: hazard.id, objectName: hazard.objectName, description: hazard.description, agencyId: hazard.agencyId, agencyName: hazard.agencyName }
      : null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const toAgencyId = form.text('toAgencyId');
    if (!toAgencyId) return invalid({ toAgencyId: '请选择督办部门' }, values);
    const hazardId = form.optional('hazardId');
    const hazard = await hazardOf(event, hazardId);
    if (hazardId && !hazard) return invalid({ hazardId: '关联的隐患不存在或无权查看' }, values);
    if (hazard && hazard.agencyId !== toAgencyId)
      return invalid({ toAgencyId: `关联隐患由${hazard.agencyName}办理，督办部门应为${hazard.agencyName}` }, values);
    let id: string;
    try {
      ({ id } = await event.locals.api.supervisionNotes.create.mutate({
        toAgencyId,
        subject: form.text('subject'),
        body: form.text('body'),
        dueOn: form.optional('dueOn'),
        hazardId: hazard?.id ?? null,
      }));
    } catch (cause) {
      return refusal(event, cause, values, { fields: FIELDS });
    }
    redirect(303, `/notes/${id}?saved=created`);
  },
};
