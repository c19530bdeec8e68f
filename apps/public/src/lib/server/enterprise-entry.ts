import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { apiErrorOf } from '@liancha/api-client';
import { clearSessionCookie, FormReader, refusal, setSessionCookie, type Refusal } from '@liancha/api-client/sveltekit';
import { areaPath } from './enterprise-session';

/**
 * 进入企业专区: the USCC and the one-time code from the check notice. The API answers every wrong
 * pair with one refusal (so a guess learns nothing), shown above the form; a malformed USCC is
 * said next to its field. The code is never sent back to the page.
 */
export async function activate(event: RequestEvent) {
  const form = await FormReader.of(event.request);
  const values = { uscc: form.text('uscc') };
  let session;
  try {
    session = await event.locals.api.enterprise.activate.mutate({ regionCode: event.params.code!, uscc: values.uscc, code: form.text('code') });
  } catch (cause) {
    const info = apiErrorOf(cause);
    if (info.code === 'UNAUTHORIZED') return fail(401, { form: 'activate', message: info.message, errors: {}, issues: [], values } satisfies Refusal);
    return refusal(event, cause, values, { form: 'activate', fields: ['uscc', 'code'] });
  }
  setSessionCookie(event.cookies, event.url, session.token, session.expiresAt);
  redirect(303, areaPath(event.params.code!));
}

/** 退出: the API ends the session (so a copied cookie is dead too), then the cookie is forgotten. */
export async function leave(event: RequestEvent) {
  try {
    await event.locals.api.enterprise.logout.mutate();
  } catch {
    // A session already expired or revoked is left all the same.
  }
  clearSessionCookie(event.cookies);
  redirect(303, `${areaPath(event.params.code!)}?notice=logged_out`);
}
