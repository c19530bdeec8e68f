import { must } from '@liancha/api-client/sveltekit';
import { formAction } from '$lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  note: await must(event, event.locals.api.supervisionNotes.get.query({ id: event.params.id })),
  saved: event.url.searchParams.get('saved'),
});

export const actions: Actions = {
  /** The agency's answer (办理情况); it may be amended until the leadership group closes the note. */
  respond: formAction(
    { form: 'respond', fields: ['response'] },
    (form, event) => event.locals.api.supervisionNotes.respond.mutate({ id: event.params.id, response: form.text('response') }),
    (event) => `/notes/${event.params.id}?saved=responded`,
  ),
};
