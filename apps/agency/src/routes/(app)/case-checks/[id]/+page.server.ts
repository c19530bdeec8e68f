import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { stepAction } from '$lib/server/form-action';
import { inspectionCodeLink } from '$lib/server/inspection-code';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const check = await must(event, event.locals.api.caseChecks.get.query({ id: event.params.id }));
  return {
    check,
    code: check.inspectionCode ? await inspectionCodeLink(check.regionCode, check.inspectionCode) : null,
    saved: event.url.searchParams.get('saved'),
  };
};

const back = (saved: string) => (event: RequestEvent<{ id: string }>) => `/case-checks/${event.params.id}?saved=${saved}`;

/** A step that takes a few typed fields: refused, the form shows them again at their fields. */
async function withFields(event: RequestEvent<{ id: string }>, name: string, fields: string[], call: (form: FormReader) => Promise<unknown>) {
  const form = await FormReader.of(event.request);
  try {
    await call(form);
  } catch (cause) {
    return refusal(event, cause, form.values(), { form: name, fields });
  }
  redirect(303, back(name)(event));
}

export const actions: Actions = {
  approve: (event) =>
    withFields(event, 'approve', ['note', 'capOverride.statedExemption'], (form) =>
      event.locals.api.caseChecks.approve.mutate({
        id: event.params.id,
        note: form.text('note') || undefined,
        capExemption: form.text('capExemption') || undefined,
      }),
    ),
  reject: (event) =>
    withFields(event, 'reject', ['note'], (form) => event.locals.api.caseChecks.reject.mutate({ id: event.params.id, note: form.text('note') })),
  complete: (event) =>
    withFields(event, 'complete', ['endedOn', 'findings'], (form) =>
      event.locals.api.caseChecks.complete.mutate({ id: event.params.id, endedOn: form.text('endedOn'), findings: form.text('findings') }),
    ),
  withdraw: stepAction('step', (event) => event.locals.api.caseChecks.withdraw.mutate({ id: event.params.id }), back('withdraw')),
};
