import { FormReader, must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai, type CampaignLevel } from '@liancha/domain';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** 制定专项检查计划: the plan as a draft of the caller's agency, submitted from its page. */
export const load: PageServerLoad = async (event) => {
  const list = await must(event, event.locals.api.campaigns.list.query({ pageSize: 1 }));
  if (!list.canCreate) error(403, '只有部门抽查协调员可以制定专项检查计划');
  const today = dateInShanghai(new Date());
  return { today, year: today.slice(0, 4) };
};

const FIELDS = ['year', 'name', 'legalBasis', 'content', 'scopeSectors', 'scopeCount', 'scopeNote', 'level', 'deployedBy', 'windowFrom', 'windowTo'];

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const count = form.text('scopeCount').trim();
    let id: string;
    try {
      ({ id } = await event.locals.api.campaigns.create.mutate({
        year: Number(form.text('year')),
        name: form.text('name'),
        legalBasis: form.text('legalBasis'),
        content: form.text('content'),
        scopeSectors: form
          .text('scopeSectors')
          .split(/[\s,，、]+/)
          .filter(Boolean),
        scopeCount: count ? Number(count) : null,
        scopeNote: form.text('scopeNote'),
        level: (form.text('level') || 'own') as CampaignLevel,
        deployedBy: form.text('deployedBy') || undefined,
        windowFrom: form.text('windowFrom'),
        windowTo: form.text('windowTo'),
      }));
    } catch (cause) {
      return refusal(event, cause, form.values(), { fields: FIELDS });
    }
    redirect(303, `/campaigns/${id}?saved=created`);
  },
};
