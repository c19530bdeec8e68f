import { json } from '@sveltejs/kit';
import { knownPayload } from '$lib/payloads';
import { maybe } from '$lib/server/api-errors';
import type { RequestHandler } from './$types';

const REGION = /^\d{6}$/;
const COMMITMENT = /^[0-9a-f]{64}$/;
const MAX_TASK_CODE = 64;
/** Publications of one task code to look through (a task is published once, corrections aside). */
const CANDIDATES = 5;

/**
 * Names for a bundle verified on /verify, from the file the visitor chose: the region's sector
 * names for the strata, and the drawn enterprises' names from the published task whose bundle has
 * the same commitment (so the names belong to this very draw). Display only: the verification
 * itself runs in the browser on the file and trusts nothing from here. Unknown or odd parameters
 * get empty lists, never an error page.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
  const region = url.searchParams.get('region') ?? '';
  const task = (url.searchParams.get('task') ?? '').trim();
  const commitment = url.searchParams.get('commitment') ?? '';
  const none = { sectors: [] as { sectorCode: string; sectorName: string }[], names: [] as (readonly [string, string])[] };
  if (!REGION.test(region) || task === '' || task.length > MAX_TASK_CODE) return json(none);
  const overview = await maybe(locals.api.public.regionOverview.query({ regionCode: region }));
  if (!overview.ok) return json(none);
  const sectors = overview.value.objectsBySector.map((s) => ({ sectorCode: s.sectorCode, sectorName: s.sectorName }));
  if (!COMMITMENT.test(commitment)) return json({ ...none, sectors });
  const found = await maybe(locals.api.publications.list.query({ regionCode: region, pageSize: CANDIDATES, filter: { kind: 'joint_task', search: task } }));
  if (!found.ok) return json({ ...none, sectors });
  for (const row of found.value.rows) {
    const full = await maybe(locals.api.publications.get.query({ regionCode: region, id: row.id }));
    const payload = full.ok ? knownPayload(full.value.payload) : null;
    if (payload?.kind === 'joint_task' && payload.draw.commitment === commitment) {
      return json({ sectors, names: payload.drawnList.map((d) => [d.uscc, d.name] as const) });
    }
  }
  return json({ ...none, sectors });
};
