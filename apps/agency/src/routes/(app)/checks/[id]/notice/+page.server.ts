import { must } from '@liancha/api-client/sveltekit';
import { error } from '@sveltejs/kit';
import { inspectionCodeLink } from '$lib/server/inspection-code';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const check = await must(event, event.locals.api.checks.get.query({ checkId: event.params.id }));
  if (Object.keys(check.check.notice).length === 0) error(404, '尚未发出检查通知');
  const code = (check.check.notice as { inspectionCode?: string | null }).inspectionCode;
  return { check: check.check, participants: check.participants, code: code ? await inspectionCodeLink(check.check.regionCode, code) : null };
};
