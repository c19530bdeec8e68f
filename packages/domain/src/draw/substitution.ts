import { DomainError } from '../errors.js';
import { TeamContext } from '../team/eligibility.js';
import type { TeamSnapshot } from '../team/roster-snapshot.js';
import { singleCheckTeam } from '../team/single-check-team.js';
import type { TeamMember, TeamOutcome } from '../team/team-assignment.js';
import type { CommitmentInputs } from './commitment.js';
import type { StratumDraw } from './object-draw.js';
import type { DrawBundle } from './proof-bundle.js';
import type { Recusal } from './recusal.js';
import { activeLoads } from './teams-in-force.js';
import { isCleanText } from './text-rules.js';
import { Tickets } from './tickets.js';

/** Why a drawn object is replaced. Nothing else can change a draw. */
export const SUBSTITUTION_REASONS = ['closed', 'unreachable', 'relocated', 'conflict_discovered', 'duplicate', 'other'] as const;
export type SubstitutionReason = (typeof SUBSTITUTION_REASONS)[number];

export const SUBSTITUTION_REASON_LABELS: Record<SubstitutionReason, string> = {
  closed: '已关闭或停业',
  unreachable: '无法联系',
  relocated: '已迁出辖区',
  conflict_discovered: '发现新的回避或利害关系',
  duplicate: '与其他对象重复',
  other: '其他原因（须说明）',
};

export interface SubstitutionRequest {
  /** The object being replaced: a current check (drawn, or itself a substitute). */
  uscc: string;
  reason: SubstitutionReason;
  /** Free-text explanation; required for `other`. */
  note?: string;
}

/** One logged substitution: the next unused substitute of the same stratum, with its team. */
export interface Substitution {
  seq: number;
  stratum: string;
  replaced: string;
  substitute: string;
  /** Rank of the substitute in the stratum's ticket order. */
  substituteRank: number;
  reason: SubstitutionReason;
  note: string;
  /** The substitute's team, chosen with every other team fixed; null when the task has no teams. */
  team: { officers: TeamMember[]; experts: TeamMember[] } | null;
}

/**
 * Replace a drawn object by the next unused substitute of its stratum, log the reason and
 * give the substitute the cheapest lawful team under the remaining load caps. Returns a new
 * bundle; the original is not changed.
 */
export function applySubstitution(bundle: DrawBundle, request: SubstitutionRequest): DrawBundle {
  const next = nextSubstitution(bundle.commitmentInputs, bundle.seed, bundle.objects, bundle.teams, bundle.substitutions, request, bundle.recusals ?? []);
  return { ...bundle, substitutions: [...bundle.substitutions, next] };
}

/**
 * Work out the substitution a request leads to, given the draw, earlier substitutions and the
 * recusals made so far (their replacements count towards the load caps).
 */
export function nextSubstitution(
  inputs: CommitmentInputs,
  seed: string,
  objects: readonly StratumDraw[],
  teams: TeamOutcome | null,
  done: readonly Substitution[],
  request: SubstitutionRequest,
  recusals: readonly Recusal[] = [],
): Substitution {
  if (!(request.reason in SUBSTITUTION_REASON_LABELS)) {
    throw new DomainError('bad_request', `未知的替补原因：${String(request.reason)}`, { reason: 'substitution_reason_invalid' });
  }
  const note = request.note ?? '';
  if (note !== '' && !isCleanText(note, 500)) throw new DomainError('bad_request', '替补说明过长或含有控制字符', { reason: 'substitution_note_invalid' });
  if (request.reason === 'other' && note === '') {
    throw new DomainError('bad_request', '替补原因为“其他”时必须填写说明', { reason: 'substitution_note_required' });
  }
  const replaced = new Set(done.map((s) => s.replaced));
  const brought = new Set(done.map((s) => s.substitute));
  const stratum = objects.find(
    (s) => s.drawn.some((d) => d.uscc === request.uscc) || s.substitutes.some((d) => d.uscc === request.uscc && brought.has(d.uscc)),
  );
  if (!stratum || replaced.has(request.uscc)) {
    throw new DomainError('precondition_failed', `${request.uscc} 不是本次抽取中有效的检查对象，不能替补`, { reason: 'substitution_target_invalid' });
  }
  const candidate = stratum.substitutes.find((d) => !brought.has(d.uscc));
  if (!candidate) {
    throw new DomainError('precondition_failed', `分层“${stratum.stratum}”的备选对象已用完，不能再替补；如需补足，请另行组织抽查任务`, {
      reason: 'substitutes_exhausted',
    });
  }
  let team: Substitution['team'] = null;
  if (inputs.team !== null && teams?.status === 'assigned') {
    const ctx = new TeamContext(inputs as CommitmentInputs & { team: TeamSnapshot });
    const loads = activeLoads(teams, done, recusals, request.uscc);
    const chosen = singleCheckTeam(ctx, new Tickets(seed), { uscc: candidate.uscc, stratum: stratum.stratum }, loads);
    if (!chosen.ok) {
      throw new DomainError('precondition_failed', `替补对象 ${candidate.uscc} 无法组成合法检查组：${chosen.message}`, {
        reason: 'substitute_team_infeasible',
      });
    }
    team = { officers: chosen.officers, experts: chosen.experts };
  }
  return {
    seq: done.length + 1,
    stratum: stratum.stratum,
    replaced: request.uscc,
    substitute: candidate.uscc,
    substituteRank: candidate.rank,
    reason: request.reason,
    note,
    team,
  };
}
