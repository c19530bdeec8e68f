import { redirect, type RequestEvent } from '@sveltejs/kit';
import { RATING_QUESTIONS } from '@liancha/domain/vocabulary';
import { FormReader, invalid } from '@liancha/api-client/sveltekit';
import { areaPath, enterpriseRefusal } from './enterprise-session';

/**
 * What the enterprise does in its area, each a form action posted natively: the API decides
 * whether the step may be taken (before or after the visit, once) and says why not; a refusal comes
 * back to the check's own form (`<step>-<checkId>`) with what was typed.
 */

/** 回避申请: an officer of the check's team and the reason. */
export async function requestRecusal(event: RequestEvent) {
  const form = await FormReader.of(event.request);
  const checkId = form.text('checkId');
  const values = form.values();
  const inspectorId = form.text('inspectorId');
  const formName = `recusal-${checkId}`;
  if (!inspectorId) return invalid({ inspectorId: '请选择申请回避的执法人员' }, values, formName);
  try {
    await event.locals.api.enterprise.requestRecusal.mutate({ checkId, inspectorId, reason: form.text('reason') });
  } catch (cause) {
    return enterpriseRefusal(event, cause, values, { form: formName, fields: ['inspectorId', 'reason'] });
  }
  redirect(303, `${areaPath(event.params.code!)}/recusals?saved=requested`);
}

/** The check the form is about: a 个案/专项 check when it says so, else a drawn one (the API finds the enterprise's check or refuses). */
function checkRef(form: FormReader) {
  return { checkKind: form.text('checkKind') === 'case' ? ('case' as const) : ('drawn' as const), checkId: form.text('checkId') };
}

/** 检查评价: the three questions, each to be answered. */
export async function rate(event: RequestEvent) {
  const form = await FormReader.of(event.request);
  const ref = checkRef(form);
  const values = form.values();
  const formName = `rate-${ref.checkId}`;
  const improper = form.text('improper');
  const unanswered: Record<string, string> = {};
  for (const question of ['conduct', 'burden'] as const) if (!form.text(question)) unanswered[question] = `请回答：${RATING_QUESTIONS[question]}`;
  if (improper !== 'yes' && improper !== 'no') unanswered.improper = `请回答：${RATING_QUESTIONS.improper}`;
  if (Object.keys(unanswered).length > 0) return invalid(unanswered, values, formName, '请回答全部问题后提交');
  try {
    await event.locals.api.enterprise.rate.mutate({
      ...ref,
      conduct: form.int('conduct') ?? Number.NaN,
      burden: form.int('burden') ?? Number.NaN,
      improper: improper === 'yes',
    });
  } catch (cause) {
    return enterpriseRefusal(event, cause, values, { form: formName, fields: ['conduct', 'burden', 'improper'] });
  }
  redirect(303, `${areaPath(event.params.code!)}/ratings?saved=rated`);
}

/** 投诉 about a check, to the leadership group. */
export async function complain(event: RequestEvent) {
  const form = await FormReader.of(event.request);
  const ref = checkRef(form);
  const values = form.values();
  try {
    await event.locals.api.enterprise.complain.mutate({ ...ref, body: form.text('body') });
  } catch (cause) {
    return enterpriseRefusal(event, cause, values, { form: `complain-${ref.checkId}`, fields: ['body'] });
  }
  redirect(303, `${areaPath(event.params.code!)}/ratings?saved=complained`);
}
