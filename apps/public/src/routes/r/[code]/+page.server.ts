import { error } from '@sveltejs/kit';
import { apiErrorOf } from '@liancha/api-client';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  try {
    return { overview: await locals.api.public.regionOverview.query({ regionCode: params.code }) };
  } catch (e) {
    const info = apiErrorOf(e);
    if (info.code === 'NOT_FOUND' || info.code === 'BAD_REQUEST') error(404, info.message);
    throw e;
  }
};
