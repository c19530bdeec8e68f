import { FormReader, invalid, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { formAction, stepAction } from '$lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = event.locals.api;
  const task = await must(event, api.tasks.get.query({ taskId: event.params.id }));
  const agencyId = user.agency?.id;
  // The agency's own published items and usable inspectors, when it may name them for this task.
  const naming = task.can.setItems || task.can.setInspectors;
  const [items, inspectors, checks, publications] = await Promise.all([
    naming ? maybe(event, api.registry.items.list.query({ pageSize: 200, filter: { agencyId, published: true } })) : null,
    naming
      ? maybe(
          event,
          api.registry.inspectors.list.query({ pageSize: 200, filter: { agencyId, statuses: ['on_duty'], validOn: task.inspectionEndsOn ?? undefined } }),
        )
      : null,
    task.draw?.status === 'drawn' ? maybe(event, api.checks.list.query({ pageSize: 200, filter: { taskId: task.id } })) : null,
    maybe(event, api.publications.list.query({ regionCode: task.regionCode, filter: { kind: 'joint_task', subjectId: task.id } })),
  ]);
  return {
    task,
    ownItems: items?.ok ? items.value.rows.map((i) => ({ id: i.id, code: i.code, name: i.name })) : [],
    ownInspectors: inspectors?.ok
      ? inspectors.value.rows.map((i) => ({
          id: i.id,
          name: i.name,
          certificateNo: i.certificateNo,
          isExpert: i.isExpert,
          certificateExpiry: i.certificateExpiry,
        }))
      : [],
    checks: checks?.ok ? checks.value : { rows: [], total: 0, totalCapped: false },
    publication: publications.ok ? (publications.value.rows[0] ?? null) : null,
    saved: event.url.searchParams.get('saved'),
  };
};

const back = (saved: string) => (event: RequestEvent<{ id: string }>) => `/tasks/${event.params.id}?saved=${saved}`;

export const actions: Actions = {
  respond: formAction(
    { form: 'respond' },
    (form, event) => event.locals.api.tasks.respond.mutate({ taskId: event.params.id, accept: form.text('accept') === 'yes' }),
    (event, _result, form) => back(form.text('accept') === 'yes' ? 'confirmed' : 'declined')(event),
  ),
  items: formAction(
    { form: 'items', fields: ['itemIds'] },
    (form, event) => event.locals.api.tasks.setItems.mutate({ taskId: event.params.id, itemIds: form.list('itemIds') }),
    back('items'),
  ),
  inspectors: formAction(
    { form: 'inspectors', fields: ['inspectorIds'] },
    (form, event) => event.locals.api.tasks.setInspectors.mutate({ taskId: event.params.id, inspectorIds: form.list('inspectorIds') }),
    back('inspectors'),
  ),
  open: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const deadline = form.text('revealDeadline');
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(deadline)) return invalid({ revealDeadline: '请填写揭示截止时间' }, values, 'open');
    const witnessDigits = form.int('witnessDigits') ?? 0;
    const kind = form.text('externalKind');
    const after = form.text('externalAvailableAfter');
    if (kind === 'lottery' || kind === 'beacon') {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(after)) return invalid({ externalAvailableAfter: '请填写开奖（公布）时间' }, values, 'open');
    }
    let drawId: string;
    try {
      drawId = (
        await event.locals.api.draws.open.mutate({
          taskId: event.params.id,
          // The form speaks Beijing time, whatever the server's zone.
          revealDeadline: new Date(`${deadline}:00+08:00`),
          witnessDigits,
          // A lottery draw or beacon round declared now, its value entered at the ceremony once public.
          external:
            kind === 'lottery' || kind === 'beacon'
              ? {
                  announcement: {
                    kind,
                    name: form.text('externalName'),
                    round: form.text('externalRound'),
                    url: form.text('externalUrl') || null,
                    availableAfter: new Date(`${after.length === 16 ? `${after}:00` : after}+08:00`),
                  },
                }
              : null,
        })
      ).drawId;
    } catch (cause) {
      return refusal(event, cause, values, {
        form: 'open',
        fields: [
          'revealDeadline',
          'witnessDigits',
          'external.announcement.name',
          'external.announcement.round',
          'external.announcement.url',
          'external.announcement.availableAfter',
        ],
      });
    }
    redirect(303, `/draws/${drawId}`);
  },
  approveChecks: formAction(
    { form: 'approveChecks', fields: ['note'] },
    (form, event) => event.locals.api.tasks.approveChecks.mutate({ taskId: event.params.id, note: form.text('note') }),
    back('approved'),
  ),
  publish: stepAction('publish', (event) => event.locals.api.publications.publishTask.mutate({ taskId: event.params.id }), back('published')),
};
