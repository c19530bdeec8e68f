import { ask, requireEnterprise } from '$lib/server/enterprise-session';
import type { PageServerLoad } from './$types';

/** 年度检查频次: this year's checks of the enterprise by every agency and kind against each agency's published cap. */
export const load: PageServerLoad = async (event) => {
  await requireEnterprise(event);
  const ledger = await ask(event, event.locals.api.enterprise.caps.query());
  return { ledger: { year: ledger.year, agencies: ledger.agencies, warnings: ledger.warnings } };
};
