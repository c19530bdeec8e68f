import { FormReader, invalid, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { stepAction } from '$lib/server/form-action';
import { SANCTION_PUBLICITY_FIELDS, sanctionPublicityOf } from '$lib/server/sanction-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  sanction: await must(event, event.locals.api.sanctions.get.query({ id: event.params.id })),
  saved: event.url.searchParams.get('saved'),
});

const back = (saved: string) => (event: RequestEvent<{ id: string }>) => `/sanctions/${event.params.id}?saved=${saved}`;

export const actions: Actions = {
  update: async (event) => {
    const form = await FormReader.of(event.request);
    const fineText = form.text('fineYuan').replace(/[,，\s元]/g, '');
    const fineFen = fineText === '' ? null : Math.round(Number(fineText) * 100);
    if (fineFen !== null && !Number.isFinite(fineFen)) return invalid({ fineFen: '罚款金额应为数字（元）' }, form.values(), 'update');
    try {
      await event.locals.api.sanctions.update.mutate({
        id: event.params.id,
        patch: {
          decisionNo: form.text('decisionNo'),
          basis: form.text('basis'),
          penalty: form.text('penalty'),
          fineFen,
          decidedOn: form.text('decidedOn'),
          ...sanctionPublicityOf(form),
        },
      });
    } catch (cause) {
      return refusal(event, cause, form.values(), {
        form: 'update',
        fields: ['decisionNo', 'basis', 'penalty', 'fineFen', 'decidedOn', ...SANCTION_PUBLICITY_FIELDS],
      });
    }
    redirect(303, back('updated')(event));
  },
  approve: stepAction('step', (event) => event.locals.api.sanctions.approve.mutate({ id: event.params.id }), back('approved')),
  publish: stepAction('step', (event) => event.locals.api.sanctions.publish.mutate({ id: event.params.id }), back('published')),
};
