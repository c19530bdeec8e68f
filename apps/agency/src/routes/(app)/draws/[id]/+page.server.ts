import type { RouterOutputs } from '@liancha/api-client';
import { FormReader, invalid, refusal } from '@liancha/api-client/sveltekit';
import { SUBSTITUTION_REASONS } from '@liancha/domain';
import { isOneOf } from '@liancha/domain/vocabulary';
import { redirect } from '@sveltejs/kit';
import { loadDrawView } from '$lib/server/draw-view';
import { stepAction } from '$lib/server/form-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const view = await loadDrawView(event, event.params.id, { teams: true });
  return { ...view, saved: event.url.searchParams.get('saved') };
};

const back = (id: string, saved: string) => redirect(303, `/draws/${id}?saved=${saved}`);

type RevealAnswer = RouterOutputs['draws']['reveal'];
/** The last reveal queues the draw: done, still running (the page follows it), or refused (the page shows why). */
const savedOf = (answer: RevealAnswer) => (answer.drawn ? 'drawn' : answer.drawing ? 'drawing' : answer.drawError ? 'drawFailed' : 'revealed');

export const actions: Actions = {
  commit: async (event) => {
    const form = await FormReader.of(event.request);
    const commitment = form.text('commitment').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(commitment)) return invalid({ commitment: '承诺值应为64位十六进制（SHA-256）' }, {}, 'commit', '承诺值格式不正确');
    try {
      await event.locals.api.draws.commit.mutate({ drawId: event.params.id, commitment });
    } catch (cause) {
      return refusal(event, cause, {}, { form: 'commit' });
    }
    back(event.params.id, 'committed');
  },
  freeze: stepAction(
    'freeze',
    (event) => event.locals.api.draws.freeze.mutate({ drawId: event.params.id }),
    (event, answer) => `/draws/${event.params.id}?saved=${answer.freezing ? 'freezing' : 'frozen'}`,
  ),
  reveal: async (event) => {
    const form = await FormReader.of(event.request);
    const compact = form.text('secret').replace(/\s+/g, '');
    const secret = /^[0-9a-fA-F]{64}$/.test(compact) ? compact.toLowerCase() : compact;
    if (!secret) return invalid({ secret: '请输入本部门保存的随机数密钥' }, {}, 'reveal', '请输入随机数密钥');
    let answer: RevealAnswer;
    try {
      answer = await event.locals.api.draws.reveal.mutate({ drawId: event.params.id, secret });
    } catch (cause) {
      // The secret is never echoed back into the page.
      return refusal(event, cause, {}, { form: 'reveal' });
    }
    back(event.params.id, savedOf(answer));
  },
  publicValue: async (event) => {
    const form = await FormReader.of(event.request);
    const sourceId = form.text('sourceId') === 'external' ? 'external' : 'witness';
    let answer: RevealAnswer;
    try {
      answer = await event.locals.api.draws.enterPublicValue.mutate({ drawId: event.params.id, sourceId, value: form.text('value') });
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: `public-${sourceId}`, fields: ['value'] });
    }
    back(event.params.id, savedOf(answer));
  },
  substitute: async (event) => {
    const form = await FormReader.of(event.request);
    const reason = form.text('reason');
    if (!isOneOf(SUBSTITUTION_REASONS, reason)) return invalid({ reason: '请选择替补原因' }, form.values(), 'substitute');
    if (reason === 'other' && !form.text('note')) return invalid({ note: '选择“其他原因”时须说明' }, form.values(), 'substitute');
    let republished = false;
    try {
      const done = await event.locals.api.draws.substitute.mutate({ drawId: event.params.id, uscc: form.text('uscc'), reason, note: form.text('note') });
      if (done.publicationId) republished = true;
    } catch (cause) {
      return refusal(event, cause, form.values(), { form: 'substitute', fields: ['uscc', 'reason', 'note'] });
    }
    back(event.params.id, republished ? 'substitutedPublished' : 'substituted');
  },
};
