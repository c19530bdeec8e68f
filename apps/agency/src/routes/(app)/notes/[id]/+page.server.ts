import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  note: await must(event, event.locals.api.supervisionNotes.get.query({ id: event.params.id })),
  saved: event.url.searchParams.get('saved'),
});

export const actions: Actions = {
  /** The agency's answer (办理情况); it may be amended until the leadership group closes the note. */
  respond: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.supervisionNotes.respond.mutate({ id: event.params.id, response: form.text('response') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'respond', fields: ['response'] });
    }
    redirect(303, `/notes/${event.params.id}?saved=responded`);
  },
};
