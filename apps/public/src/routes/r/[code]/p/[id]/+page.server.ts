import { must } from '$lib/server/api-errors';
import { auditHeadOf, correctionOf } from '$lib/payloads';
import type { PageServerLoad } from './$types';

/** The page shows the proof bundle's digest (the API keeps the bundle apart: it can be tens of megabytes); the bundle is downloaded only to verify. */
export const load: PageServerLoad = async ({ locals, params }) => {
  const row = await must(locals.api.publications.get.query({ regionCode: params.code, id: params.id }));
  const { payload, proof, ...summary } = row;
  return { publication: summary, payload, correction: correctionOf(payload), auditHead: auditHeadOf(payload), proof };
};
