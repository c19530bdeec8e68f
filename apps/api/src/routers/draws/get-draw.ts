import { findDrawOfTask, latestJob, listDrawResults, listEntropy, listSubstitutions } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { drawCan } from '../../draws/draw-steps.js';
import { loadDraw } from './load-draw.js';
import { ZDrawRequest } from './draw.schema.js';
import { ZTaskRequest } from '../tasks/task.schema.js';
import { loadTask } from '../tasks/load-task.js';

/**
 * The ceremony's state: sources (values only once revealed), commitment, drawn list, substitutions,
 * the steps the caller may take now, and — once every source is revealed — the draw's job
 * (`run`: queued, running, or failed with the reason) until it is drawn.
 */
export const getDrawRoute = abilityQuery.input(ZDrawRequest).query(async ({ ctx, input }) => {
  const { draw, task } = await loadDraw(ctx, input.drawId);
  const [sources, results, substitutions, job] = await Promise.all([
    listEntropy(ctx.db, ctx.scope, draw.id),
    listDrawResults(ctx.db, ctx.scope, draw.id),
    listSubstitutions(ctx.db, ctx.scope, draw.id),
    draw.status === 'frozen' ? latestJob(ctx.db, ctx.scope, draw.id, 'draw_run') : undefined,
  ]);
  const { commitmentInputs: _inputs, ...summary } = draw;
  return {
    ...summary,
    task: { id: task.id, code: task.code, title: task.title, status: task.status },
    sources,
    results,
    substitutions,
    run: job ? { status: job.status, error: job.error, queuedAt: job.createdAt } : null,
    can: drawCan(ctx, { draw, sources }),
  };
});

export const drawOfTaskRoute = abilityQuery.input(ZTaskRequest).query(async ({ ctx, input }) => {
  const { task } = await loadTask(ctx, input.taskId);
  const draw = await findDrawOfTask(ctx.db, ctx.scope, task.id);
  if (!draw) throw new DomainError('not_found', '该任务尚未开始抽取', { reason: 'no_draw' });
  return { drawId: draw.id, status: draw.status };
});

/** The proof bundle: everything anyone needs to re-run and verify the draw. */
export const drawBundleRoute = abilityQuery.input(ZDrawRequest).query(async ({ ctx, input }) => {
  const { bundle } = await loadDraw(ctx, input.drawId);
  if (!bundle) throw new DomainError('precondition_failed', '抽取尚未完成，暂无证明材料', { reason: 'draw_state' });
  return bundle as Record<string, unknown>;
});
