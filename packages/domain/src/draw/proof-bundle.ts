import { DomainError } from '../errors.js';
import { assignTeams, type TeamAssignmentOptions, type TeamMember, type TeamOutcome } from '../team/team-assignment.js';
import type { TeamSnapshot } from '../team/roster-snapshot.js';
import { computeCommitment, type CommitmentInputs, type FrozenTask } from './commitment.js';
import { checkReveals, deriveSeed, type Reveal } from './entropy.js';
import { assertCommitmentInputs } from './inputs-validation.js';
import { drawObjects, type StratumDraw } from './object-draw.js';
import type { DrawProducer } from './producer.js';
import { ALGORITHM_ID } from './protocol.js';
import type { Recusal } from './recusal.js';
import type { Substitution } from './substitution.js';
import { currentTeams } from './teams-in-force.js';

/**
 * Everything needed to re-run a draw: the committed inputs and their hash, the revealed
 * entropy, the seed, the outcome with every ticket, and the substitution and recusal logs.
 */
export interface DrawBundle {
  algorithm: typeof ALGORITHM_ID;
  commitment: string;
  commitmentInputs: CommitmentInputs;
  /** Revealed values, sorted by source id. */
  reveals: Reveal[];
  seed: string;
  /** Per stratum, sorted by stratum id. */
  objects: StratumDraw[];
  /** Teams for the drawn objects; null when the task has no team rules. */
  teams: TeamOutcome | null;
  /** Substitutions in the order they were made. */
  substitutions: Substitution[];
  /**
   * Recusals in the order they were made. Absent (never empty) until the first one, so a
   * bundle without recusals keeps the bytes it had before the field existed.
   */
  recusals?: Recusal[];
  /** The software that ran the draw (§11.1): informative, not covered by the commitment; absent in older bundles. */
  producer?: DrawProducer;
}

/**
 * Run the draw: check the commitment and every reveal, derive the seed, draw the objects
 * and assign the teams. Deterministic: the same frozen task and reveals (in any order)
 * give a byte-identical bundle.
 */
export function runDraw(
  frozen: Pick<FrozenTask, 'commitmentInputs' | 'commitment'>,
  reveals: readonly Reveal[],
  options: TeamAssignmentOptions = {},
): DrawBundle {
  const inputs = frozen.commitmentInputs;
  assertCommitmentInputs(inputs, false);
  if (computeCommitment(inputs) !== frozen.commitment) {
    throw new DomainError('conflict', '抽取输入与已公布的承诺值不一致，不能抽取', { reason: 'commitment_mismatch' });
  }
  const sorted = checkReveals(inputs.entropy, reveals);
  const seed = deriveSeed(frozen.commitment, sorted);
  const objects = drawObjects(inputs, seed);
  return {
    algorithm: ALGORITHM_ID,
    commitment: frozen.commitment,
    commitmentInputs: inputs,
    reveals: sorted,
    seed,
    objects,
    teams: drawTeams(inputs, seed, objects, options),
    substitutions: [],
  };
}

/** Teams for all drawn objects, or null for an object-only task. */
export function drawTeams(inputs: CommitmentInputs, seed: string, objects: readonly StratumDraw[], options: TeamAssignmentOptions = {}): TeamOutcome | null {
  if (inputs.team === null) return null;
  const checks = objects.flatMap((s) => s.drawn.map((d) => ({ uscc: d.uscc, stratum: s.stratum })));
  return assignTeams(inputs as CommitmentInputs & { team: TeamSnapshot }, seed, checks, options);
}

/** A check in force after substitutions and recusals. */
export interface CurrentCheck {
  uscc: string;
  stratum: string;
  /** `seq` of the substitution that brought it in, or null for an originally drawn object. */
  viaSubstitution: number | null;
  team: { officers: TeamMember[]; experts: TeamMember[] } | null;
}

/** The checks currently in force: drawn objects minus those replaced, plus substitutes, with their current teams. */
export function currentChecks(bundle: DrawBundle): CurrentCheck[] {
  const replaced = new Set(bundle.substitutions.map((s) => s.replaced));
  const teams = currentTeams(bundle);
  const out: CurrentCheck[] = [];
  for (const stratum of bundle.objects) {
    for (const d of stratum.drawn) {
      if (replaced.has(d.uscc)) continue;
      out.push({ uscc: d.uscc, stratum: stratum.stratum, viaSubstitution: null, team: teams.get(d.uscc) ?? null });
    }
  }
  for (const s of bundle.substitutions) {
    if (replaced.has(s.substitute)) continue;
    out.push({ uscc: s.substitute, stratum: s.stratum, viaSubstitution: s.seq, team: teams.get(s.substitute) ?? null });
  }
  return out;
}
