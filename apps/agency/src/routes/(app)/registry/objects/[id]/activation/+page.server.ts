import { must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import { enterpriseAreaUrl } from '$lib/server/public-portal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const object = await must(event, event.locals.api.registry.objects.get.query({ id: event.params.id }));
  return { object: { id: object.id, name: object.name, uscc: object.uscc } };
};

export const actions: Actions = {
  /**
   * A new one-time code for the enterprise's area, answered in the page and never in a URL: the
   * plain code exists only in this response, to be printed on the slip.
   */
  default: async (event) => {
    try {
      const issued = await event.locals.api.enterpriseAccess.issueCode.mutate({ objectId: event.params.id });
      return { issued: { ...issued, area: enterpriseAreaUrl(issued.regionCode), issuedOn: dateInShanghai(new Date()) } };
    } catch (cause) {
      return refusal(event, cause, {}, { form: 'issue' });
    }
  },
};
