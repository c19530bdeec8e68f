import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  campaign: await must(event, event.locals.api.campaigns.get.query({ id: event.params.id })),
  saved: event.url.searchParams.get('saved'),
});

/** A decision with typed fields: refused, the form shows them again at their fields. */
async function decide(event: RequestEvent<{ id: string }>, name: string, fields: string[], call: (form: FormReader) => Promise<unknown>) {
  const form = await FormReader.of(event.request);
  try {
    await call(form);
  } catch (cause) {
    return refusal(event, cause, form.values(), { form: name, fields });
  }
  redirect(303, `/campaigns/${event.params.id}?saved=${name}`);
}

export const actions: Actions = {
  approve: (event) =>
    decide(event, 'approve', ['note'], (form) => event.locals.api.campaigns.approve.mutate({ id: event.params.id, note: form.text('note') || undefined })),
  reject: (event) => decide(event, 'reject', ['note'], (form) => event.locals.api.campaigns.reject.mutate({ id: event.params.id, note: form.text('note') })),
  file: (event) =>
    decide(event, 'file', ['filingNo', 'filedWith'], (form) =>
      event.locals.api.campaigns.file.mutate({ id: event.params.id, filingNo: form.text('filingNo'), filedWith: form.text('filedWith') }),
    ),
};
