import { must } from '$lib/server/api-errors';
import { auditHeadOf, bundleOf, correctionOf } from '$lib/payloads';
import { proofSummary } from '$lib/proof-summary';
import type { PageServerLoad } from './$types';

/** Strip the proof bundle (it can be megabytes): the page shows a digest and downloads the bundle only to verify. */
function withoutBundle(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return payload;
  const { bundle: _top, ...rest } = payload as Record<string, unknown>;
  const draw = rest.draw;
  if (typeof draw === 'object' && draw !== null) {
    const { bundle: _bundle, ...drawRest } = draw as Record<string, unknown>;
    rest.draw = drawRest;
  }
  return rest;
}

export const load: PageServerLoad = async ({ locals, params }) => {
  const row = await must(locals.api.publications.get.query({ regionCode: params.code, id: params.id }));
  const bundle = bundleOf(row.payload);
  const { payload, ...summary } = row;
  return {
    publication: summary,
    payload: withoutBundle(payload),
    correction: correctionOf(payload),
    auditHead: auditHeadOf(payload),
    proof: bundle ? proofSummary(bundle) : null,
  };
};
