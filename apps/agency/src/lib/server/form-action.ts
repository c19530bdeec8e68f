import { FormReader, refusal } from '@liancha/api-client/sveltekit';
import { redirect, type RequestEvent } from '@sveltejs/kit';

/** Where a refusal is shown: the form's name on the page and the fields it may mark (none: the values are not echoed). */
interface Target {
  form: string | ((form: FormReader) => string);
  fields?: readonly string[];
  /** Echo the values typed even without fields to mark (default: only with fields). */
  values?: boolean;
}

/**
 * The one shape of a posted form's action: read the form, make the API call, go back to the page the
 * call's result names (303), or show the API's refusal on the named form with the values typed so far.
 */
export function formAction<E extends RequestEvent, R>(
  target: Target,
  call: (form: FormReader, event: E) => Promise<R>,
  then: (event: E, result: R, form: FormReader) => string,
) {
  return async (event: E) => {
    const form = await FormReader.of(event.request);
    let result: R;
    try {
      result = await call(form, event);
    } catch (cause) {
      const name = typeof target.form === 'string' ? target.form : target.form(form);
      return refusal(event, cause, (target.values ?? target.fields !== undefined) ? form.values() : {}, {
        form: name,
        ...(target.fields ? { fields: target.fields } : {}),
      });
    }
    redirect(303, then(event, result, form));
  };
}

/** A button's action (a step without fields): the API call, then back to the page, or the refusal on the named form. */
export function stepAction<E extends RequestEvent, R>(form: string, call: (event: E) => Promise<R>, then: (event: E, result: R) => string) {
  return async (event: E) => {
    let result: R;
    try {
      result = await call(event);
    } catch (cause) {
      return refusal(event, cause, {}, { form });
    }
    redirect(303, then(event, result));
  };
}
