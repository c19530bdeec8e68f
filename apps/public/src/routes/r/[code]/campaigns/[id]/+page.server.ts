import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** One published 专项检查: its plan, approval, 备案 and publication (anything unpublished is a 404). */
export const load: PageServerLoad = async ({ locals, params }) => ({
  campaign: await must(locals.api.campaigns.publicGet.query({ regionCode: params.code, id: params.id })),
});
