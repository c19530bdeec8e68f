import type { RequestEvent } from '@sveltejs/kit';
import { maybe } from '@liancha/api-client/sveltekit';

/**
 * The region's agencies as choices of a select. The API has no agency list for the leadership;
 * the timeliness figures carry one row per agency in reach, so they serve as the list.
 */
export async function agencyOptions(event: RequestEvent): Promise<{ value: string; label: string }[]> {
  const result = await maybe(event, event.locals.api.oversight.timeliness.query({}));
  return result.ok ? result.value.rows.map((r) => ({ value: r.agencyId, label: r.agencyName })) : [];
}
