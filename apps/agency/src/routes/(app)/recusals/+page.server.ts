import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { RECUSAL_STATUSES } from '@liancha/domain/vocabulary';
import { codeParam, param, yesNo } from '$lib/server/list-params';
import type { Actions, PageServerLoad } from './$types';

/**
 * 回避申请 about the agency's officers (the API shows each role what it may see): pending ones
 * first, since they wait for the head; `?check=` narrows to one check, as its page links here.
 */
export const load: PageServerLoad = async (event) => {
  const status = codeParam(event.url, 'status', RECUSAL_STATUSES);
  const checkId = param(event.url, 'check');
  const all = await must(event, event.locals.api.recusals.list.query(status ? { status } : {}));
  const rows = checkId ? all.filter((r) => r.checkId === checkId) : all;
  return {
    rows: [...rows.filter((r) => r.status === 'pending'), ...rows.filter((r) => r.status !== 'pending')],
    query: { status: status ?? '', check: checkId ?? '' },
  };
};

export const actions: Actions = {
  /** 准予回避 or 不予回避 (the button pressed), with the head's note; answered in the page, with who took the seat. */
  decide: async (event) => {
    const form = await FormReader.of(event.request);
    const id = form.text('id');
    try {
      // A post without either button leaves `grant` out, and the API says to choose.
      const decided = await event.locals.api.recusals.decide.mutate({ id, grant: yesNo(form.text('grant')) as boolean, note: form.text('note') });
      return { decided: { id, ...decided } };
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: `decide-${id}`, fields: ['note'] });
    }
  },
};
