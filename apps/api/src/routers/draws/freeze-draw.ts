import { assertDrawStep } from '../../draws/draw-steps.js';
import { listEntropy, lockDraw, lockTask, markDrawFrozen, updateTask } from '@liancha/db';
import { checkTeamFeasibility, DomainError, freezeTask, type EntropySource } from '@liancha/domain';
import { assertCapsWithinPlan, taskPlan } from '../../plans/plan-caps.js';
import { buildFreezeInput, taskYear } from '../../tasks/build-freeze-input.js';
import { ZMatrix } from '../../tasks/task-config.schema.js';
import { beijingMinute, confirmedAgencies, coordinatorsOf, notify } from '../../notifications/notify.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadDraw } from './load-draw.js';
import { ZDrawRequest } from './draw.schema.js';

/**
 * Freeze: the pool, matrix, team rules, roster and the declared entropy (with every agency's
 * commitment) become canonical JSON whose SHA-256 is published before any secret is revealed.
 * A roster that cannot staff some possible outcome is refused here, before the seed exists, and
 * so is a matrix whose caps are looser than the plan in force (adjusted since the matrix was saved).
 */
export const freezeDrawRoute = abilityMutation.input(ZDrawRequest).mutation(async ({ ctx, input }) => {
  const { draw, participants } = await loadDraw(ctx, input.drawId);
  assertDrawStep(ctx, { draw, sources: [] }, 'freeze');
  const locked = await lockDraw(ctx.db, ctx.scope, draw.id);
  if (locked?.status !== 'open') throw new DomainError('precondition_failed', '抽取已冻结或已完成', { reason: 'draw_state' });
  const task = (await lockTask(ctx.db, ctx.scope, draw.taskId))!;
  const sources = await listEntropy(ctx.db, ctx.scope, draw.id);
  const uncommitted = sources.filter((s) => s.sourceKind === 'agency' && !s.commitmentHash).map((s) => s.label);
  if (uncommitted.length > 0)
    throw new DomainError('precondition_failed', `以下部门尚未提交随机数承诺值：${uncommitted.join('、')}`, { reason: 'commitments_missing' });
  assertCapsWithinPlan(await taskPlan(ctx.db, ctx.scope, task, taskYear(task)), ZMatrix.parse(task.matrix).frequencyCap, 'precondition_failed');
  const codeOf = new Map(participants.map((p) => [p.agencyId, p.agencyCode]));
  const entropy: EntropySource[] = sources.map((s) => {
    if (s.sourceKind === 'agency')
      return { id: s.sourceId!, kind: 'agency', label: s.label, agencyId: codeOf.get(s.agencyId!)!, commitment: s.commitmentHash! };
    if (s.sourceKind === 'witness') return { id: s.sourceId!, kind: 'witness', label: s.label, digits: s.digits! };
    return { id: s.sourceId!, kind: 'external', label: s.label, description: s.description! };
  });
  const { objectIds: _o, inspectorIds: _i, ...freezeInput } = await buildFreezeInput(ctx.db, ctx.scope, task, entropy);
  const frozen = freezeTask(freezeInput);
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
  const now = ctx.now();
  await markDrawFrozen(ctx.db, ctx.scope, draw.id, frozen, ctx.actor.userId, now);
  await updateTask(ctx.db, ctx.scope, task.id, { status: 'frozen' }, now);
  await notify(ctx, coordinatorsOf(confirmedAgencies(participants)), {
    kind: 'reveal_due',
    title: `“${task.title}”抽取输入已冻结：请${draw.revealDeadline ? `在 ${beijingMinute(draw.revealDeadline)} 前` : ''}揭示本部门的随机数`,
    link: `/draws/${draw.id}`,
  });
  await ctx.audit.record({
    action: 'draw.freeze',
    subjectKind: 'draw',
    subjectId: draw.id,
    after: { commitment: frozen.commitment, strata: frozen.commitmentInputs.matrix.length },
  });
  return { commitment: frozen.commitment };
});
