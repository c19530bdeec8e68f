import { listEntropy, listParticipants, lockDraw, lockTask, markDrawFrozen, updateTask, type Executor, type RegionScope } from '@liancha/db';
import { checkTeamFeasibility, DomainError, freezePool, type EntropySource } from '@liancha/domain';
import { assertStillFuture } from './announced-source.js';
import { beijingMinute, confirmedAgencies, coordinatorsOf, notify } from '../notifications/notify.js';
import { assertCapsWithinPlan, taskPlan } from '../plans/plan-caps.js';
import type { AuditRecorder } from '../trpc/audit-recorder.js';
import { buildFreezeInput, taskYear } from '../tasks/build-freeze-input.js';
import { ZMatrix } from '../tasks/task-config.schema.js';

/**
 * What a freeze needs before the pool is read, under the draw's and the task's locks: the draw
 * still open, every agency's commitment in, caps no looser than the plan in force. The request
 * checks it to answer at once; the job again, since things may have moved while it was queued.
 */
export async function lockFreezable(db: Executor, scope: RegionScope, drawId: string) {
  const draw = await lockDraw(db, scope, drawId);
  if (draw?.status !== 'open') throw new DomainError('precondition_failed', '抽取已冻结或已完成', { reason: 'draw_state' });
  const task = (await lockTask(db, scope, draw.taskId))!;
  const sources = await listEntropy(db, scope, draw.id);
  const uncommitted = sources.filter((s) => s.sourceKind === 'agency' && !s.commitmentHash).map((s) => s.label);
  if (uncommitted.length > 0)
    throw new DomainError('precondition_failed', `以下部门尚未提交随机数承诺值：${uncommitted.join('、')}`, { reason: 'commitments_missing' });
  assertCapsWithinPlan(await taskPlan(db, scope, task, taskYear(task)), ZMatrix.parse(task.matrix).frequencyCap, 'precondition_failed');
  return { draw, task, sources };
}

/**
 * Freeze: the pool, matrix, team rules, roster and the declared entropy (with every agency's
 * commitment) become canonical JSON whose SHA-256 is published before any secret is revealed.
 * A roster that cannot staff some possible outcome is refused here, before the seed exists.
 * Runs as a job (a pool of a million takes seconds); returns the commitment.
 */
export async function freezeDraw(db: Executor, scope: RegionScope, drawId: string, by: { userId: string; audit: AuditRecorder; at: Date }): Promise<string> {
  const { audit, at } = by;
  const { draw, task, sources } = await lockFreezable(db, scope, drawId);
  const participants = await listParticipants(db, scope, task.id);
  const codeOf = new Map(participants.map((p) => [p.agencyId, p.agencyCode]));
  const entropy: EntropySource[] = sources.map((s) => {
    if (s.sourceKind === 'agency')
      return { id: s.sourceId!, kind: 'agency', label: s.label, agencyId: codeOf.get(s.agencyId!)!, commitment: s.commitmentHash! };
    if (s.sourceKind === 'witness') return { id: s.sourceId!, kind: 'witness', label: s.label, digits: s.digits! };
    if (!s.announcement) return { id: s.sourceId!, kind: 'external', label: s.label, description: s.description! };
    // The commitment must be published before the announced value exists (protocol §4.1.1).
    assertStillFuture(s.label, s.announcement, at);
    return { id: s.sourceId!, kind: 'external', label: s.label, description: s.description!, announcement: s.announcement };
  });
  const frozen = freezePool(await buildFreezeInput(db, scope, task, entropy));
  if (frozen.commitmentInputs.team) {
    const feasibility = checkTeamFeasibility(frozen.commitmentInputs);
    if (!feasibility.feasible) {
      throw new DomainError(
        'precondition_failed',
        `按现有检查人员和规则，可能无法为部分被抽中对象组成合法检查组：${feasibility.issues.map((i) => i.message).join('；')}`,
        { reason: 'team_infeasible', issues: feasibility.issues.map((i) => ({ message: i.message })) },
      );
    }
  }
  await markDrawFrozen(db, scope, draw.id, frozen, by.userId, at);
  await updateTask(db, scope, task.id, { status: 'frozen' }, at);
  await notify({ db, scope }, coordinatorsOf(confirmedAgencies(participants)), {
    kind: 'reveal_due',
    title: `“${task.title}”抽取输入已冻结：请${draw.revealDeadline ? `在 ${beijingMinute(draw.revealDeadline)} 前` : ''}揭示本部门的随机数`,
    link: `/draws/${draw.id}`,
  });
  await audit.record({
    action: 'draw.freeze',
    subjectKind: 'draw',
    subjectId: draw.id,
    after: { commitment: frozen.commitment, strata: frozen.commitmentInputs.matrix.length },
  });
  return frozen.commitment;
}
