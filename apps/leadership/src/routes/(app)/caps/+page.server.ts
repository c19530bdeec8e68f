import { must } from '@liancha/api-client/sveltekit';
import { yearChoices, yearParam } from '$lib/year';
import type { PageServerLoad } from './$types';

/** A keyset position of the breaches list in the URL (`?breaches=<uscc>.<agencyId>`), or none when malformed. */
function breachCursor(url: URL): { uscc: string; agencyId: string } | undefined {
  const text = url.searchParams.get('breaches') ?? '';
  const match = /^([0-9A-Za-z]{1,40})\.([0-9a-f-]{36})$/i.exec(text);
  return match ? { uscc: match[1]!, agencyId: match[2]! } : undefined;
}

/** A keyset position of the warnings list in the URL (`?warnings=<uscc>`). */
function warningCursor(url: URL): string | undefined {
  const text = url.searchParams.get('warnings') ?? '';
  return /^[0-9A-Za-z]{1,40}$/.test(text) ? text : undefined;
}

/**
 * 频次与联合检查 of the year: the 联合检查率 of the region and of each agency against the target,
 * the enterprises flagged for 多头/重复/高频 checks and those past an agency's cap with the approvals.
 */
export const load: PageServerLoad = async (event) => {
  const year = yearParam(event.url);
  const warningsAfter = warningCursor(event.url);
  const breachesAfter = breachCursor(event.url);
  const caps = event.locals.api.inspectionCaps;
  const [figures, warnings, breaches] = await Promise.all([
    must(event, caps.figures.query({ year })),
    must(event, caps.warnings.query({ year, limit: 50, ...(warningsAfter ? { after: warningsAfter } : {}) })),
    must(event, caps.breaches.query({ year, limit: 50, ...(breachesAfter ? { after: breachesAfter } : {}) })),
  ]);
  return {
    year,
    years: yearChoices(year),
    figures,
    warnings,
    breaches,
    paged: { warnings: warningsAfter !== undefined, breaches: breachesAfter !== undefined },
  };
};
