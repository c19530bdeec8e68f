import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ regions: await locals.api.public.regions.query() });
