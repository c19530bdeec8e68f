import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import { dateInShanghai } from '@liancha/domain';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  note: await must(event, event.locals.api.supervisionNotes.get.query({ id: event.params.id })),
  today: dateInShanghai(new Date()),
  saved: event.url.searchParams.get('saved'),
});

export const actions: Actions = {
  /** 办结: the leadership closes the note, answered or not. */
  close: async (event) => {
    const form = await FormReader.of(event.request);
    try {
      await event.locals.api.supervisionNotes.close.mutate({ id: event.params.id, remark: form.optional('remark') ?? undefined });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'close', fields: ['remark'] });
    }
    redirect(303, `/notes/${event.params.id}?saved=closed`);
  },
};
