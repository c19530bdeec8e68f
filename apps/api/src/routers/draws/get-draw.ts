import { findDrawOfTask, getDrawBundle, latestJob, listDrawResults, listEntropy, listSubstitutions } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityQuery } from '../../trpc/init.js';
import { drawCan, publicValueRefusal } from '../../draws/draw-steps.js';
import { loadDraw } from './load-draw.js';
import { ZDrawRequest } from './draw.schema.js';
import { ZTaskRequest } from '../tasks/task.schema.js';
import { loadTask } from '../tasks/load-task.js';

/**
 * The ceremony's state: sources (values only once revealed), commitment, drawn list, substitutions,
 * the steps the caller may take now, and the job the ceremony waits on (`run`: the freeze while
 * open, the draw once frozen; queued, running, or failed with the reason) until it is drawn.
 */
export const getDrawRoute = abilityQuery.input(ZDrawRequest).query(async ({ ctx, input }) => {
  const { draw, task } = await loadDraw(ctx, input.drawId);
  const [sources, results, substitutions, job] = await Promise.all([
    listEntropy(ctx.db, ctx.scope, draw.id),
    listDrawResults(ctx.db, ctx.scope, draw.id),
    listSubstitutions(ctx.db, ctx.scope, draw.id),
    draw.status === 'drawn' ? undefined : latestJob(ctx.db, ctx.scope, draw.id, draw.status === 'open' ? 'draw_freeze' : 'draw_run'),
  ]);
  return {
    ...draw,
    task: { id: task.id, code: task.code, title: task.title, status: task.status },
    // Per public source: may the caller enter its value now (an announced one only after its time)?
    sources: sources.map((s) => ({ ...s, canEnter: s.sourceKind !== 'agency' && publicValueRefusal(ctx, { draw, sources }, s) === null })),
    results,
    substitutions,
    run: job ? { kind: job.kind, status: job.status, error: job.error, queuedAt: job.createdAt } : null,
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
  const { draw } = await loadDraw(ctx, input.drawId);
  const bundle = await getDrawBundle(ctx.db, ctx.scope, draw.id);
  if (!bundle) throw new DomainError('precondition_failed', '抽取尚未完成，暂无证明材料', { reason: 'draw_state' });
  return bundle;
});
