import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  locks: await must(event, event.locals.api.users.locks.list.query()),
  // A fixed text for a fixed code: nothing from the URL reaches the page (a crafted link could say anything).
  lifted: event.url.searchParams.get('lifted') === '1',
});

export const actions: Actions = {
  lift: async (event) => {
    const form = await FormReader.of(event.request);
    const userId = form.text('userId');
    try {
      await event.locals.api.users.locks.lift.mutate({ userId });
    } catch (cause) {
      return refusal(event, cause, {}, { form: `lift-${userId}` });
    }
    redirect(303, '/users/locks?lifted=1');
  },
};
