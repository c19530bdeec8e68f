import type { AppAbility } from '@liancha/authz';
import type { RegionScope, TaskStatus } from '@liancha/db';
import { DomainError, DRAW_STATUS_LABELS, type DrawStatus } from '@liancha/domain';
import { firstRefusal, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { publicationSubject } from './publication-subject.js';

/** What decides whether a task's notice, drawn list and proof may be published (抽查任务公告). */
export interface TaskPublishFacts {
  taskId: string;
  leadAgencyId: string;
  status: TaskStatus;
  /** The task's draw, if one was opened; `proof` once its bundle is stored. */
  draw: { status: string; proof: boolean } | null;
}

/** The lead agency's coordinator publishes once the draw is done. Used by the publication and by tasks.get's `can.publish`. */
export function taskPublishRefusal(ctx: { ability: AppAbility; scope: RegionScope }, facts: TaskPublishFacts): Refusal {
  return firstRefusal(
    () => forbiddenUnless(ctx.ability, 'create', publicationSubject(ctx.scope, { agencyId: facts.leadAgencyId, kind: 'joint_task', subjectId: facts.taskId })),
    () => (facts.status === 'cancelled' ? new DomainError('precondition_failed', '任务已取消，不能公示', { reason: 'task_cancelled' }) : null),
    () => {
      if (facts.draw && facts.draw.status === 'drawn' && facts.draw.proof) return null;
      const state = facts.draw ? `抽取状态为“${DRAW_STATUS_LABELS[facts.draw.status as DrawStatus] ?? facts.draw.status}”` : '尚未开始抽取';
      return new DomainError('precondition_failed', `任务${state}，完成抽取后方可公示抽查名单和抽取证明`, { reason: 'draw_not_done' });
    },
  );
}
