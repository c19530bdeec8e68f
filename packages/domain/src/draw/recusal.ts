import { DomainError } from '../errors.js';
import { TeamContext } from '../team/eligibility.js';
import type { TeamSnapshot } from '../team/roster-snapshot.js';
import type { TeamMember, TeamOutcome } from '../team/team-assignment.js';
import type { CommitmentInputs } from './commitment.js';
import type { DrawBundle } from './proof-bundle.js';
import type { Substitution } from './substitution.js';
import { activeLoads, teamsInForce } from './teams-in-force.js';
import { compareText, isCleanText } from './text-rules.js';
import { Tickets } from './tickets.js';

export interface RecusalRequest {
  /** The check: a drawn object or a substitute, currently in force. */
  uscc: string;
  /** The member (officer or expert) of that check's current team who withdraws. */
  certNo: string;
  /** Free-text explanation (e.g. the head's decision); may be empty. */
  note?: string;
}

/** One logged recusal (回避) granted after the draw: one member of one team replaced by rule. */
export interface Recusal {
  seq: number;
  /** How many substitutions were logged when it was made: places it in time between them. */
  after: number;
  uscc: string;
  certNo: string;
  note: string;
  /** Same role; for an officer the same agency; the lowest team ticket among those who qualify. */
  replacement: TeamMember;
}

/**
 * Record that a member withdraws from one check's team and replace the member by the
 * deterministic rule (docs/draw-protocol.md §10). Returns a new bundle; the original is not changed.
 */
export function applyRecusal(bundle: DrawBundle, request: RecusalRequest): { bundle: DrawBundle; recusal: Recusal } {
  const recusal = nextRecusal(bundle.commitmentInputs, bundle.seed, bundle.teams, bundle.substitutions, bundle.recusals ?? [], request);
  return { bundle: { ...bundle, recusals: [...(bundle.recusals ?? []), recusal] }, recusal };
}

/** Work out the recusal a request leads to, given the draw, the substitutions and earlier recusals. */
export function nextRecusal(
  inputs: CommitmentInputs,
  seed: string,
  teams: TeamOutcome | null,
  substitutions: readonly Substitution[],
  done: readonly Recusal[],
  request: RecusalRequest,
): Recusal {
  const note = request.note ?? '';
  if (note !== '' && !isCleanText(note, 500)) throw new DomainError('bad_request', '回避说明过长或含有控制字符', { reason: 'recusal_note_invalid' });
  if (inputs.team === null || teams?.status !== 'assigned') {
    throw new DomainError('precondition_failed', '本次抽取没有分配检查组，不能申请检查人员回避', { reason: 'recusal_no_teams' });
  }
  const { uscc, certNo } = request;
  const team = teamsInForce(teams, substitutions, done).get(uscc);
  if (!team) {
    throw new DomainError('precondition_failed', `${String(uscc)} 不是本次抽取中有效的检查对象，不能申请回避`, { reason: 'recusal_target_invalid' });
  }
  const officer = team.officers.find((m) => m.certNo === certNo);
  const recused = officer ?? team.experts.find((m) => m.certNo === certNo);
  if (!recused) {
    throw new DomainError('precondition_failed', `${String(certNo)} 不是 ${uscc} 检查组的成员，不能申请其回避`, { reason: 'recusal_member_invalid' });
  }

  const ctx = new TeamContext(inputs as CommitmentInputs & { team: TeamSnapshot });
  const loads = activeLoads(teams, substitutions, done);
  // Nobody already on the team, and nobody who has withdrawn from this check, may come (back) in.
  const barred = new Set([certNo, ...team.officers.map((m) => m.certNo), ...team.experts.map((m) => m.certNo)]);
  for (const r of done) if (r.uscc === uscc) barred.add(r.certNo);
  const pool = officer ? ctx.officers.filter((r) => r.agencyId === officer.agencyId) : ctx.experts;
  const check = { uscc, stratum: team.stratum };
  const tickets = new Tickets(seed);
  let replacement: TeamMember | null = null;
  for (const r of pool) {
    if (barred.has(r.certNo) || ctx.ineligibility(check, r) !== null || (loads.get(r.certNo) ?? 0) >= r.maxChecks) continue;
    const ticket = tickets.teamTicket(uscc, r.certNo);
    if (!replacement || compareText(ticket, replacement.ticket) < 0) replacement = { certNo: r.certNo, agencyId: r.agencyId, ticket };
  }
  if (!replacement) {
    const who = officer ? `${ctx.agencyName(officer.agencyId)}没有可替换执法人员 ${certNo}` : `没有可替换专家 ${certNo}`;
    throw new DomainError('precondition_failed', `${who}参加 ${uscc} 检查的人选（须无回避关系、专长相符、不属同一乡镇且未达负荷上限），回避无法办理`, {
      reason: 'recusal_replacement_missing',
    });
  }
  return { seq: done.length + 1, after: substitutions.length, uscc, certNo, note, replacement };
}
