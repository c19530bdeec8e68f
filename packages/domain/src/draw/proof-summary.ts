import type { EntropyAnnouncement } from './announcement.js';
import { EXCLUSION_REASON_LABELS } from './pool-snapshot.js';
import { isDrawProducer, type DrawProducer } from './producer.js';
import { SUBSTITUTION_REASON_LABELS } from './substitution.js';

/**
 * A readable digest of a proof bundle for the publication page: the strata with their cut-off
 * tickets, the teams, the substitutions and the randomness sources. The bundle itself can be
 * megabytes (the whole pool), so the page gets this digest and downloads the bundle only to verify.
 */
export interface ProofSummary {
  taskId: string | null;
  /** Size of the bundle as JSON text, so the page can say what a download and a verification will take. */
  bundleBytes: number;
  poolSize: number;
  excluded: { reason: string; count: number }[];
  strata: { stratum: string; eligible: number; sampleSize: number; drawn: number; substitutes: number; shortfall: number; cutoff: string | null }[];
  /** `announcement`: the public value declared in the commitment (§4.1.1); absent in digests stored before it existed. */
  entropy: {
    id: string;
    kind: string;
    label: string;
    commitment: string | null;
    revealed: string | null;
    description?: string | null;
    announcement?: EntropyAnnouncement | null;
  }[];
  teams: { status: 'assigned' | 'infeasible' | 'none'; checks: { uscc: string; stratum: string; officers: Member[]; experts: Member[] }[] };
  substitutions: { seq: number; stratum: string; replaced: string; substitute: string; reason: string; note: string }[];
  /** The software and draw code hash the bundle names (§11.1); absent in older digests, null in older bundles. */
  producer?: DrawProducer | null;
}

interface Member {
  certNo: string;
  agencyId: string;
}

type Json = Record<string, unknown>;

const rec = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function members(list: unknown): Member[] {
  return arr(list).map((m) => ({ certNo: str(rec(m).certNo), agencyId: str(rec(m).agencyId) }));
}

export function proofSummary(bundle: Json, bundleBytes: number): ProofSummary {
  const inputs = rec(bundle.commitmentInputs);
  const pool = rec(inputs.pool);
  const eligible = arr(pool.strata).reduce<number>((sum, s) => sum + arr(rec(s).objects).length, 0);
  const excludedList = arr(pool.excluded);
  const reasons = new Map<string, number>();
  for (const e of excludedList) for (const r of arr(rec(e).reasons)) reasons.set(str(r), (reasons.get(str(r)) ?? 0) + 1);
  const reveals = new Map(arr(bundle.reveals).map((r) => [str(rec(r).source), str(rec(r).value)]));
  const teams = rec(bundle.teams);
  const status = teams.status === 'assigned' || teams.status === 'infeasible' ? teams.status : 'none';
  return {
    taskId: str(rec(inputs.task).id) || null,
    bundleBytes,
    poolSize: eligible + excludedList.length,
    excluded: [...reasons].map(([reason, count]) => ({ reason: (EXCLUSION_REASON_LABELS as Record<string, string>)[reason] ?? reason, count })),
    strata: arr(bundle.objects).map((s) => {
      const drawn = arr(rec(s).drawn);
      return {
        stratum: str(rec(s).stratum),
        eligible: num(rec(s).eligible),
        sampleSize: num(rec(s).sampleSize),
        drawn: drawn.length,
        substitutes: arr(rec(s).substitutes).length,
        shortfall: num(rec(s).shortfall),
        cutoff: drawn.length > 0 ? str(rec(drawn[drawn.length - 1]).ticket) : null,
      };
    }),
    entropy: arr(inputs.entropy).map((e) => {
      const source = rec(e);
      const id = str(source.id);
      return {
        id,
        kind: str(source.kind),
        label: str(source.label),
        commitment: str(source.commitment) || null,
        revealed: reveals.get(id) ?? null,
        description: str(source.description) || null,
        // Shown as declared; the verifier checks its shape.
        announcement: source.announcement ? (rec(source.announcement) as unknown as EntropyAnnouncement) : null,
      };
    }),
    teams: {
      status,
      checks: arr(teams.checks).map((c) => ({
        uscc: str(rec(c).uscc),
        stratum: str(rec(c).stratum),
        officers: members(rec(c).officers),
        experts: members(rec(c).experts),
      })),
    },
    substitutions: arr(bundle.substitutions).map((s) => {
      const entry = rec(s);
      return {
        seq: num(entry.seq),
        stratum: str(entry.stratum),
        replaced: str(entry.replaced),
        substitute: str(entry.substitute),
        reason: (SUBSTITUTION_REASON_LABELS as Record<string, string>)[str(entry.reason)] ?? str(entry.reason),
        note: str(entry.note),
      };
    }),
    producer: isDrawProducer(bundle.producer) ? bundle.producer : null,
  };
}
