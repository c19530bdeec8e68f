import { must } from '@liancha/api-client/sveltekit';
import { error } from '@sveltejs/kit';
import { inspectionCodeLink } from '$lib/server/inspection-code';
import { enterpriseAreaUrl } from '$lib/server/public-portal';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const check = await must(event, event.locals.api.checks.get.query({ checkId: event.params.id }));
  if (Object.keys(check.check.notice).length === 0) error(404, '尚未发出检查通知');
  const notice = check.check.notice as { inspectionCode?: string | null; activationCode?: string };
  return {
    check: check.check,
    participants: check.participants,
    code: notice.inspectionCode ? await inspectionCodeLink(check.check.regionCode, notice.inspectionCode) : null,
    // Where the enterprise enters with the notice's one-time code (older notices carry none).
    area: notice.activationCode ? enterpriseAreaUrl(check.check.regionCode) : null,
  };
};
