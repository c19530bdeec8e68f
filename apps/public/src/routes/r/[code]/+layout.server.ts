import { must } from '$lib/server/api-errors';
import type { LayoutServerLoad } from './$types';

/** Every page of a region needs its name (and an unknown region is the Chinese 404 page). */
export const load: LayoutServerLoad = async ({ locals, params }) => ({
  overview: await must(locals.api.public.regionOverview.query({ regionCode: params.code })),
});
