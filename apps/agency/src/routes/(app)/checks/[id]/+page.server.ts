import { FormReader, invalid, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { SANCTION_PUBLICITY_FIELDS, sanctionPublicityOf } from '$lib/server/sanction-form';
import { dateInShanghai } from '@liancha/domain';
import type { FollowUpKind } from '@liancha/domain/vocabulary';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { postedAttachment } from '$lib/server/file-response';
import { formAction, stepAction } from '$lib/server/form-action';
import { inspectionCodeLink } from '$lib/server/inspection-code';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = event.locals.api;
  const id = event.params.id;
  const found = await maybe(event, api.checks.get.query({ checkId: id }));
  if (!found.ok && found.code === 'NOT_FOUND') {
    // Staff of an agency in the task who are not on this team: say who is, instead of a bare 404.
    const team = await maybe(event, api.checks.team.query({ checkId: id }));
    if (team.ok) return { notOnTeam: team.value, detail: null, code: null };
  }
  const check = found.ok ? found.value : await must(event, api.checks.get.query({ checkId: id }));
  const [followUps, hazards, sanctions, publications] = await Promise.all([
    maybe(event, api.followUps.list.query({ pageSize: 100, filter: { checkId: id } })),
    maybe(event, api.hazards.list.query({ pageSize: 100, filter: { checkId: id } })),
    maybe(event, api.sanctions.list.query({ pageSize: 100, filter: { checkId: id } })),
    maybe(event, api.publications.list.query({ regionCode: check.check.regionCode, filter: { kind: 'result', subjectId: id } })),
  ]);
  return {
    notOnTeam: null,
    detail: check,
    code: check.check.inspectionCode ? await inspectionCodeLink(check.check.regionCode, check.check.inspectionCode) : null,
    followUps: followUps.ok ? followUps.value.rows : [],
    hazards: hazards.ok ? hazards.value.rows : [],
    sanctions: sanctions.ok ? sanctions.value.rows : [],
    publications: publications.ok ? publications.value.rows : [],
    today: dateInShanghai(new Date()),
    saved: event.url.searchParams.get('saved'),
  };
};

const back =
  (saved: string, anchor = '') =>
  (event: RequestEvent<{ id: string }>) =>
    `/checks/${event.params.id}?saved=${saved}${anchor}`;

/** 进场 and 完成: the day it happened. */
const dated = (verb: 'start' | 'finish', saved: string) =>
  formAction(
    { form: verb, fields: ['on'] },
    (form, event: RequestEvent<{ id: string }>) => event.locals.api.checks[verb].mutate({ checkId: event.params.id, on: form.text('on') }),
    back(saved),
  );

export const actions: Actions = {
  notify: formAction(
    { form: 'notify', fields: ['scheduledOn', 'materials', 'contact', 'note'] },
    (form, event) =>
      event.locals.api.checks.notify.mutate({
        checkId: event.params.id,
        scheduledOn: form.text('scheduledOn'),
        materials: form.lines('materials'),
        contact: form.text('contact'),
        note: form.text('note'),
      }),
    back('notified'),
  ),
  checkIn: formAction(
    { form: 'checkIn', fields: ['uscc'] },
    (form, event) => event.locals.api.checks.checkIn.mutate({ checkId: event.params.id, uscc: form.text('uscc') }),
    back('checkedIn'),
  ),
  checkOut: stepAction('checkOut', (event) => event.locals.api.checks.checkOut.mutate({ checkId: event.params.id }), back('checkedOut')),
  explainNoCheckIn: formAction(
    { form: 'explainNoCheckIn', fields: ['reason'] },
    (form, event) => event.locals.api.checks.explainNoCheckIn.mutate({ checkId: event.params.id, reason: form.text('reason') }),
    back('explained'),
  ),
  start: dated('start', 'started'),
  finish: dated('finish', 'finished'),
  /** One form per check: every item of the caller's agency in one submit; items left at 请选择 are not saved. */
  results: async (event) => {
    const form = await FormReader.of(event.request);
    const itemIds = form.list('itemId');
    const field = (itemId: string, name: string) => `results.${itemId}.${name}`;
    const results = itemIds.map((itemId) => ({
      itemId,
      resultCode: form.text(field(itemId, 'resultCode')),
      findings: form.text(field(itemId, 'findings')),
      verificationMethods: form.list(field(itemId, 'verificationMethods')),
    }));
    const fields = itemIds.flatMap((itemId) => ['resultCode', 'findings', 'verificationMethods'].map((name) => field(itemId, name)));
    try {
      await event.locals.api.checks.recordResults.mutate({ checkId: event.params.id, results });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'results', fields });
    }
    redirect(303, back('recorded', '#results-title')(event));
  },
  /** 证据材料 for one of the agency's own results (photos, records; type checked by content in the API). */
  evidence: async (event) => {
    const form = await FormReader.of(event.request);
    const itemId = form.text('itemId');
    const file = await postedAttachment(form.file('file'));
    if (!file.ok) return invalid({ file: file.message }, {}, `evidence-${itemId}`, file.message);
    try {
      await event.locals.api.checks.uploadEvidence.mutate({ checkId: event.params.id, itemId, filename: file.filename, contentBase64: file.contentBase64 });
    } catch (cause) {
      return refusal(event, cause, {}, { form: `evidence-${itemId}`, fields: ['file'] });
    }
    redirect(303, back('evidence', `#item-${itemId}`)(event));
  },
  submit: stepAction('review', (event) => event.locals.api.checks.submitResults.mutate({ checkId: event.params.id }), back('submitted')),
  approve: stepAction('review', (event) => event.locals.api.checks.approveResults.mutate({ checkId: event.params.id }), back('approved')),
  return: formAction(
    { form: 'return', fields: ['reason'] },
    (form, event) => event.locals.api.checks.returnResults.mutate({ checkId: event.params.id, reason: form.text('reason') }),
    back('returned'),
  ),
  publish: stepAction('review', (event) => event.locals.api.publications.publishResults.mutate({ checkId: event.params.id }), back('published')),
  followUp: formAction(
    { form: 'followUp', fields: ['kind', 'target', 'deadline', 'note'] },
    (form, event) =>
      event.locals.api.followUps.create.mutate({
        checkId: event.params.id,
        kind: form.text('kind') as FollowUpKind,
        target: form.text('target'),
        deadline: form.optional('deadline'),
        note: form.text('note'),
      }),
    back('followUp', '#follow-ups'),
  ),
  closeFollowUp: formAction(
    { form: (form) => `close-${form.text('id')}`, fields: ['closureNote'] },
    (form, event) => event.locals.api.followUps.close.mutate({ id: form.text('id'), closureNote: form.text('closureNote') }),
    back('followUpClosed', '#follow-ups'),
  ),
  hazard: async (event) => {
    const form = await FormReader.of(event.request);
    return recordAtCheck(event, form, 'hazard', ['severity', 'description', 'foundOn', 'rectificationDeadline'], '/hazards', (at) =>
      event.locals.api.hazards.create.mutate({
        ...at,
        severity: form.text('severity') === 'major' ? 'major' : 'ordinary',
        description: form.text('description'),
        foundOn: form.optional('foundOn') ?? undefined,
        rectificationDeadline: form.text('rectificationDeadline'),
      }),
    );
  },
  sanction: async (event) => {
    const form = await FormReader.of(event.request);
    const fineText = form.text('fineYuan').replace(/[,，\s元]/g, '');
    const fine = fineText === '' ? null : Math.round(Number(fineText) * 100);
    if (fine !== null && !Number.isFinite(fine)) return invalid({ fineFen: '罚款金额应为数字（元）' }, form.values(), 'sanction');
    return recordAtCheck(
      event,
      form,
      'sanction',
      ['decisionNo', 'basis', 'penalty', 'fineFen', 'decidedOn', ...SANCTION_PUBLICITY_FIELDS],
      '/sanctions',
      (at) =>
        event.locals.api.sanctions.create.mutate({
          ...at,
          decisionNo: form.text('decisionNo'),
          basis: form.text('basis'),
          penalty: form.text('penalty'),
          fineFen: fine,
          decidedOn: form.text('decidedOn'),
          ...sanctionPublicityOf(form),
        }),
    );
  },
};

/**
 * Records what the check found (a hazard, a sanction) against the check's object, then shows the new
 * record below `path`; a refusal shows the check's `name` form again with its fields' errors.
 */
async function recordAtCheck(
  event: RequestEvent<{ id: string }>,
  form: FormReader,
  name: string,
  fields: readonly string[],
  path: string,
  create: (at: { objectId: string; checkId: string }) => Promise<{ id: string }>,
) {
  const check = await must(event, event.locals.api.checks.get.query({ checkId: event.params.id }));
  let id: string;
  try {
    id = (await create({ objectId: check.check.objectId, checkId: check.check.id })).id;
  } catch (cause) {
    return refusal(event, cause, form.values(), { form: name, fields });
  }
  redirect(303, `${path}/${id}?saved=created`);
}
