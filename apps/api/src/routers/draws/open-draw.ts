import { assertTaskStep } from '../../tasks/task-steps.js';
import { findDrawOfTask, insertDraw, insertEntropySources, listTaskInspectors, listTaskItems } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { declaredExternal } from '../../draws/announced-source.js';
import { agencySources } from '../../draws/entropy-sources.js';
import { beijingMinute, confirmedAgencies, coordinatorsOf, notify } from '../../notifications/notify.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadTask } from '../tasks/load-task.js';
import { ZOpenDrawRequest } from './draw.schema.js';

/**
 * Open the draw ceremony: declare the entropy sources (one secret per participating agency,
 * optional witness digits and external value — free text or an announced lottery draw or beacon
 * round, which must still be in the future). Agencies then commit SHA-256(secret).
 */
export const openDrawRoute = abilityMutation.input(ZOpenDrawRequest).mutation(async ({ ctx, input }) => {
  const { task, participants } = await loadTask(ctx, input.taskId);
  const existing = await findDrawOfTask(ctx.db, ctx.scope, task.id);
  assertTaskStep(ctx, { task, participants, draw: existing ? { status: existing.status, proof: false } : null, published: false }, 'openDraw');
  if (input.revealDeadline.getTime() <= ctx.now().getTime()) throw new DomainError('bad_request', '揭示截止时间应晚于当前时间', { reason: 'draw_invalid' });
  const external = input.external ? declaredExternal(input.external, ctx.now()) : null;
  if (Object.keys(task.matrix).length === 0) throw new DomainError('precondition_failed', '尚未设置抽查对象矩阵', { reason: 'task_incomplete' });
  const confirmed = participants.filter((p) => p.status === 'confirmed');
  const [items, inspectors] = await Promise.all([listTaskItems(ctx.db, ctx.scope, task.id), listTaskInspectors(ctx.db, ctx.scope, task.id)]);
  const missing = confirmed.filter((p) => !items.some((i) => i.agencyId === p.agencyId)).map((p) => p.agencyName);
  if (missing.length > 0)
    throw new DomainError('precondition_failed', `以下部门尚未选定抽查事项：${[...new Set(missing)].join('、')}`, { reason: 'task_incomplete' });
  if (Object.keys(task.teamRules).length > 0) {
    const noPool = confirmed.filter((p) => !inspectors.some((i) => i.agencyId === p.agencyId)).map((p) => p.agencyName);
    if (noPool.length > 0)
      throw new DomainError('precondition_failed', `以下部门尚未确定检查人员：${[...new Set(noPool)].join('、')}`, { reason: 'task_incomplete' });
  }
  const drawId = await insertDraw(ctx.db, ctx.scope, { taskId: task.id, openedBy: ctx.actor.userId, revealDeadline: input.revealDeadline });
  await insertEntropySources(ctx.db, ctx.scope, drawId, [
    ...agencySources(participants).map((s) => ({
      sourceId: s.id,
      sourceKind: 'agency' as const,
      agencyId: s.agencyUuid,
      label: s.label,
      digits: null,
      description: null,
    })),
    ...(input.witnessDigits > 0
      ? [{ sourceId: 'witness', sourceKind: 'witness' as const, agencyId: null, label: '见证人现场掷骰', digits: input.witnessDigits, description: null }]
      : []),
    ...(external ? [{ sourceId: 'external', sourceKind: 'external' as const, agencyId: null, digits: null, ...external }] : []),
  ]);
  await notify(ctx, coordinatorsOf(confirmedAgencies(participants)), {
    kind: 'commit_due',
    title: `“${task.title}”抽取仪式已开始：请提交本部门的随机数承诺值（揭示截止 ${beijingMinute(input.revealDeadline)}）`,
    link: `/draws/${drawId}`,
  });
  await ctx.audit.record({ action: 'draw.open', subjectKind: 'draw', subjectId: drawId, after: input });
  return { drawId };
});
