import { DomainError, isDomainError } from '../errors.js';
import type { TeamOutcome } from '../team/team-assignment.js';
import type { CommitmentInputs } from './commitment.js';
import type { StratumDraw } from './object-draw.js';
import { nextRecusal, type Recusal } from './recusal.js';
import { nextSubstitution, type Substitution } from './substitution.js';

/** Which field of a recusal entry a refusal points at, so the verifier can name it. */
const RECUSAL_FIELDS: Record<string, string> = {
  recusal_note_invalid: '.note',
  recusal_target_invalid: '.uscc',
  recusal_member_invalid: '.certNo',
  recusal_replacement_missing: '.replacement',
};

/**
 * Replay both post-draw logs from the draw, in time order: before substitution i, the recusals
 * with `after === i` (in log order); after the last substitution, those with `after === n`.
 * Only the requests are taken from the logs (substitution: replaced, reason, note; recusal:
 * uscc, certNo, note, after); everything else is recomputed. A refusal is rethrown as a
 * DomainError whose first issue's `field` is the bundle path at fault.
 */
export function replayLogs(
  inputs: CommitmentInputs,
  seed: string,
  objects: readonly StratumDraw[],
  teams: TeamOutcome | null,
  substitutionLog: ReadonlyArray<Pick<Substitution, 'replaced' | 'reason' | 'note'>>,
  recusalLog: readonly unknown[],
): { substitutions: Substitution[]; recusals: Recusal[] } {
  const substitutions: Substitution[] = [];
  const recusals: Recusal[] = [];
  let next = 0;
  for (let i = 0; i <= substitutionLog.length; i++) {
    for (; next < recusalLog.length && afterOf(recusalLog[next]) === i; next++) {
      const entry = recusalLog[next] as Partial<Recusal>;
      const path = `recusals[${next}]`;
      try {
        recusals.push(nextRecusal(inputs, seed, teams, substitutions, recusals, { uscc: entry.uscc!, certNo: entry.certNo!, note: entry.note }));
      } catch (error) {
        throw located(error, path + (isDomainError(error) ? (RECUSAL_FIELDS[error.reason ?? ''] ?? '') : ''));
      }
    }
    if (i === substitutionLog.length) break;
    const entry = substitutionLog[i]!;
    try {
      substitutions.push(
        nextSubstitution(inputs, seed, objects, teams, substitutions, { uscc: entry.replaced, reason: entry.reason, note: entry.note }, recusals),
      );
    } catch (error) {
      throw located(error, 'substitutions');
    }
  }
  if (next < recusalLog.length) {
    const path = `recusals[${next}]`;
    if (!isEntry(recusalLog[next])) throw located(new DomainError('bad_request', '回避记录应为对象'), path);
    throw located(new DomainError('bad_request', `回避记录的 after 应为整数，不小于前一条且不超过替补记录数 ${substitutionLog.length}`), `${path}.after`);
  }
  return { substitutions, recusals };
}

function isEntry(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function afterOf(value: unknown): unknown {
  return isEntry(value) ? value.after : undefined;
}

function located(error: unknown, field: string): DomainError {
  // A malformed entry can make plain code throw (a TypeError): its English text is no use to the reader.
  const message = isDomainError(error) ? error.message : `${field.startsWith('recusals') ? '回避' : '替补'}记录格式有误，无法重放`;
  return new DomainError(isDomainError(error) ? error.kind : 'bad_request', message, {
    reason: isDomainError(error) ? error.reason : 'log_unreplayable',
    issues: [{ field, message }],
    cause: error,
  });
}
