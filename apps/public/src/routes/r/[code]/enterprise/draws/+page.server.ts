import { ask, requireEnterprise } from '$lib/server/enterprise-session';
import type { PageServerLoad } from './$types';

/** 抽查记录: every published draw whose pool named the enterprise, with its ticket and the stratum's cut-off. */
export const load: PageServerLoad = async (event) => {
  await requireEnterprise(event);
  return await ask(event, event.locals.api.enterprise.draws.query());
};
