import { accessibleBy, defineAbilityFor, notFound, publicActor } from '@liancha/authz';
import { getPublication, getPublicationBundle } from '@liancha/db';
import { dateInShanghai, proofSummary, type ProofSummary } from '@liancha/domain';
import { isRecord } from '../../publications/redact.js';
import { publicReadProcedure } from '../../trpc/init.js';
import { ZGetPublicationRequest } from './publication.schema.js';

const PUBLIC_ABILITY = defineAbilityFor(publicActor);
const PUBLIC = accessibleBy(PUBLIC_ABILITY, 'read', 'Publication');

/**
 * One 公示 with its payload (no login). Who published it stays internal: the agency is what is
 * public. A task notice's proof bundle is not in it (it can be tens of megabytes), only its
 * digest `proof`; `publications.bundle` gives the bundle itself. A notice past its `publicUntil`
 * (a sanction's 公示截止期) is not found.
 */
export const getPublicationRoute = publicReadProcedure.input(ZGetPublicationRequest).query(async ({ ctx, input }) => {
  const scope = { regionCode: input.regionCode };
  // A sanction past its 公示截止期 is no longer public (the row stays, for the audit history).
  const row = await getPublication(ctx.db, scope, PUBLIC, input.id, dateInShanghai(ctx.now()));
  if (!row) throw notFound('Publication');
  const { publishedBy: _publishedBy, hasBundle, proof, ...visible } = row;
  let digest = proof as ProofSummary | null;
  if (!digest && hasBundle) {
    // Published before digests were stored: computed from the bundle (county-sized, from before the move).
    const bundle = await getPublicationBundle(ctx.db, scope, PUBLIC, input.id);
    if (isRecord(bundle)) digest = proofSummary(bundle, Buffer.byteLength(JSON.stringify(bundle)));
  }
  return { ...visible, proof: digest };
});

/** A publication's proof bundle, as the browser verifier and the Python verifier read it (no login). */
export const getPublicationBundleRoute = publicReadProcedure.input(ZGetPublicationRequest).query(async ({ ctx, input }) => {
  const bundle = await getPublicationBundle(ctx.db, { regionCode: input.regionCode }, PUBLIC, input.id);
  if (!isRecord(bundle)) throw notFound('Publication');
  return bundle;
});
