import type { ExclusionReason } from './pool-snapshot.js';

/** Where one enterprise stood in a frozen pool: in a stratum, excluded (with the reasons), or absent. */
export type PoolEntry = { in: 'stratum'; stratum: string } | { in: 'excluded'; stratum: string; reasons: ExclusionReason[] } | { in: 'none' };

/**
 * Find a USCC in the canonical JSON of a draw's commitment inputs without parsing all of it (at a
 * million objects that text is tens of megabytes; the enterprise's own page needs one entry).
 * Canonical JSON sorts keys, so `pool` holds `excluded`, then `strata`, then `townships`, and each
 * stratum is written `{"id":…,"objects":[…]}`; a USCC is 18 characters of [0-9A-Z] and needs no escaping.
 */
export function poolEntryOf(canonicalInputs: string, uscc: string): PoolEntry {
  const pool = canonicalInputs.indexOf('"pool":{"excluded":[');
  if (pool < 0) return { in: 'none' };
  const strata = canonicalInputs.indexOf('],"strata":[', pool);
  const end = canonicalInputs.indexOf('],"townships":', strata);
  if (strata < 0 || end < 0) return { in: 'none' };
  const quoted = `"${uscc}"`;

  const listed = canonicalInputs.indexOf(quoted, strata);
  if (listed >= 0 && listed < end) {
    const open = canonicalInputs.lastIndexOf('{"id":', listed);
    const id = JSON.parse(canonicalInputs.slice(open + '{"id":'.length, canonicalInputs.indexOf(',"objects":[', open))) as string;
    return { in: 'stratum', stratum: id };
  }

  const excluded = canonicalInputs.indexOf(`"uscc":${quoted}}`, pool);
  if (excluded >= 0 && excluded < strata) {
    const open = canonicalInputs.lastIndexOf('{"reasons":', excluded);
    const entry = JSON.parse(canonicalInputs.slice(open, excluded + `"uscc":${quoted}}`.length)) as { reasons: ExclusionReason[]; stratum: string };
    return { in: 'excluded', stratum: entry.stratum, reasons: entry.reasons };
  }
  return { in: 'none' };
}
