import type { DrawStanding } from '../vocabulary/draw.js';
import type { ExclusionReason } from './pool-snapshot.js';
import type { DrawBundle } from './proof-bundle.js';
import { Tickets } from './tickets.js';
import { verifyDraw, type VerifyResult } from './verify-draw.js';

/**
 * Where one enterprise stands in one draw, read from the proof bundle alone ("我被抽中了吗").
 * `outcome` is null when the frozen directory did not name the enterprise at all (another
 * sector, another region): it was neither in the pool nor excluded from it.
 */
export interface Standing {
  inPool: boolean;
  /** The stratum it was (or would have been) drawn in; null when not named. */
  stratum: string | null;
  /** Its object ticket from the seed; only for a pool member. */
  ticket: string | null;
  /** The highest ticket drawn in its stratum (a ticket at most this wins); null when none was drawn. */
  cutOff: string | null;
  /** Objects drawn in its stratum. */
  drawnInStratum: number;
  outcome: DrawStanding | null;
  /** Why the frozen inputs left it out of the pool (sorted reason codes). */
  excludedFor: ExclusionReason[];
}

export type StandingResult = { ok: true; standing: Standing } | { ok: false; verification: Extract<VerifyResult, { ok: false }> };

/**
 * The enterprise's standing, only after the whole bundle verifies (`verifyDraw`: commitment,
 * reveals, seed, every ticket, teams and logs), so a changed bundle is reported instead of
 * answered. `uscc` must already be normalised and valid (`validateUscc`).
 */
export function drawStanding(bundle: unknown, uscc: string): StandingResult {
  const verification = verifyDraw(bundle);
  if (!verification.ok) return { ok: false, verification };
  return { ok: true, standing: standingIn(bundle as DrawBundle, uscc) };
}

/**
 * The standing in a bundle already verified. The ticket is recomputed from the seed (the same
 * HMAC the draw used); drawn and substitute come from the verified outcome, whose lists are in
 * ticket order, so the cut-off is the last drawn ticket. The substitution log does not change a
 * standing: it is the draw's result, as the enterprise area shows it.
 */
export function standingIn(bundle: DrawBundle, uscc: string): Standing {
  const { pool } = bundle.commitmentInputs;
  const excluded = pool.excluded.find((e) => e.uscc === uscc);
  if (excluded) {
    return { inPool: false, stratum: excluded.stratum, ticket: null, cutOff: null, drawnInStratum: 0, outcome: 'excluded', excludedFor: [...excluded.reasons] };
  }
  const stratum = pool.strata.find((s) => s.objects.includes(uscc))?.id ?? null;
  if (stratum === null) return { inPool: false, stratum: null, ticket: null, cutOff: null, drawnInStratum: 0, outcome: null, excludedFor: [] };
  const result = bundle.objects.find((s) => s.stratum === stratum);
  const drawn = result?.drawn ?? [];
  const outcome: DrawStanding = drawn.some((d) => d.uscc === uscc)
    ? 'drawn'
    : (result?.substitutes ?? []).some((d) => d.uscc === uscc)
      ? 'substitute'
      : 'not_drawn';
  return {
    inPool: true,
    stratum,
    ticket: new Tickets(bundle.seed).objectTicket(stratum, uscc),
    cutOff: drawn.at(-1)?.ticket ?? null,
    drawnInStratum: drawn.length,
    outcome,
    excludedFor: [],
  };
}
