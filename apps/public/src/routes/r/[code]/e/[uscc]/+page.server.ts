import { must } from '$lib/server/api-errors';
import type { PageServerLoad } from './$types';

/** One enterprise's public record (企业信用公示), all of it from published 公示 and published draws. */
export const load: PageServerLoad = async ({ locals, params }) => ({
  record: await must(locals.api.public.enterpriseRecord.query({ regionCode: params.code, uscc: params.uscc })),
});
