import { FormReader, invalid, must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai } from '@liancha/domain';
import type { ListingLevel } from '@liancha/domain/vocabulary';
import { redirect } from '@sveltejs/kit';
import { postedAttachment } from '$lib/server/file-response';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  hazard: await must(event, event.locals.api.hazards.get.query({ id: event.params.id })),
  today: dateInShanghai(new Date()),
  saved: event.url.searchParams.get('saved'),
});

type Measure = 'interview' | 'public_criticism' | 'licence_suspension' | 'suspend_production' | 'dishonest';

/** The hazard's workflow steps: each form posts its step; the API's state machine says when. */
export const actions: Actions = {
  /** 整改前后照片、方案和验收材料: for the hazard itself or one step of its timeline. */
  attach: async (event) => {
    const form = await FormReader.of(event.request);
    const values = form.values();
    const file = await postedAttachment(form.file('file'));
    if (!file.ok) return invalid({ file: file.message }, values, 'attach', file.message);
    try {
      await event.locals.api.hazards.uploadAttachment.mutate({
        hazardId: event.params.id,
        stepId: form.optional('stepId'),
        filename: file.filename,
        contentBase64: file.contentBase64,
      });
    } catch (cause) {
      return refusal(event, cause, values, { form: 'attach', fields: ['file', 'stepId'] });
    }
    redirect(303, `/hazards/${event.params.id}?saved=attached#attachments`);
  },
  step: async (event) => {
    const form = await FormReader.of(event.request);
    const id = event.params.id;
    const step = form.text('step');
    const hazards = event.locals.api.hazards;
    const date = (name: string) => form.optional(name) ?? undefined;
    const passed = form.text('passed') === 'yes' ? true : form.text('passed') === 'no' ? false : (undefined as unknown as boolean);
    try {
      switch (step) {
        case 'reportRectified':
          await hazards.reportRectified.mutate({ id, rectifiedOn: date('on'), note: form.text('note') });
          break;
        case 'reinspect':
          await hazards.reinspect.mutate({ id, reinspectedOn: date('on'), passed, newDeadline: form.optional('newDeadline'), note: form.text('note') });
          break;
        case 'putUnderSupervision':
          await hazards.putUnderSupervision.mutate({
            id,
            listingLevel: form.text('listingLevel') as ListingLevel,
            supervisingBody: form.text('supervisingBody'),
            listingDeadline: form.text('listingDeadline'),
            note: form.text('note'),
          });
          break;
        case 'filePlan':
          await hazards.filePlan.mutate({
            id,
            plan: {
              responsibility: form.text('responsibility'),
              measures: form.text('measures'),
              funds: form.text('funds'),
              timeLimit: form.text('timeLimit'),
              contingency: form.text('contingency'),
            },
            note: form.text('note'),
          });
          break;
        case 'reportProgress':
          await hazards.reportProgress.mutate({ id, reportedOn: date('on'), note: form.text('note') });
          break;
        case 'requestAcceptance':
          await hazards.requestAcceptance.mutate({ id, requestedOn: date('on'), note: form.text('note') });
          break;
        case 'accept':
          await hazards.accept.mutate({ id, acceptedOn: date('on'), passed, note: form.text('note') });
          break;
        case 'writeOff':
          await hazards.writeOff.mutate({ id, note: form.text('note') });
          break;
        case 'escalate':
          await hazards.escalate.mutate({ id, measures: form.list('measures') as Measure[], note: form.text('note') });
          break;
        default:
          return refusal(event, new Error('unknown step'), form.values(), { form: step });
      }
    } catch (cause) {
      return refusal(event, cause, form.values(), {
        form: step,
        fields: [
          'note',
          'passed',
          'newDeadline',
          'listingLevel',
          'supervisingBody',
          'listingDeadline',
          'plan.responsibility',
          'plan.measures',
          'plan.funds',
          'plan.timeLimit',
          'plan.contingency',
          'measures',
          'rectifiedOn',
          'reinspectedOn',
          'reportedOn',
          'requestedOn',
          'acceptedOn',
        ],
      });
    }
    redirect(303, `/hazards/${id}?saved=${step}`);
  },
};
