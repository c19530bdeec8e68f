import { assertDrawStep } from '../../draws/draw-steps.js';
import { findObjectsByUsccs, getDrawBundle, listChecks, lockDraw, saveDrawBundle } from '@liancha/db';
import { applySubstitution, DomainError, SUBSTITUTION_REASON_LABELS, type DrawBundle } from '@liancha/domain';
import { idMaps, logSubstitution } from '../../draws/store-draw.js';
import { republishTaskAfterSubstitution } from '../../publications/publish.js';
import { codeChecksOfApprovedTask } from '../../tasks/inspection-codes.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadDraw } from './load-draw.js';
import { ZSubstituteRequest } from './draw.schema.js';

/**
 * No redraw: the only change to a draw is a logged substitution — the next unused ticket of
 * the same stratum, with a reason — before the replaced check has started.
 */
export const substituteObjectRoute = abilityMutation.input(ZSubstituteRequest).mutation(async ({ ctx, input }) => {
  const loaded = await loadDraw(ctx, input.drawId);
  assertDrawStep(ctx, { draw: loaded.draw, sources: [] }, 'substitute');
  const locked = await lockDraw(ctx.db, ctx.scope, loaded.draw.id);
  if (locked?.status !== 'drawn') throw new DomainError('precondition_failed', '抽取完成后才能替补', { reason: 'draw_state' });
  const bundle = (await getDrawBundle(ctx.db, ctx.scope, loaded.draw.id)) as unknown as DrawBundle;
  const [object] = await findObjectsByUsccs(ctx.db, ctx.scope, [input.uscc]);
  const check =
    object &&
    (await listChecks(ctx.db, ctx.scope, (eb) => eb.lit(true), { taskId: loaded.task.id })).find((c) => c.objectId === object.id && c.status !== 'cancelled');
  if (!check) throw new DomainError('not_found', '该企业不是本次抽取的在检对象', { reason: 'not_drawn' });
  if (check.status !== 'planned' && check.status !== 'notified')
    throw new DomainError('precondition_failed', '检查已开始，不能替补', { reason: 'check_started' });
  const next = applySubstitution(bundle, { uscc: input.uscc, reason: input.reason, note: input.note });
  const sub = next.substitutions[next.substitutions.length - 1]!;
  const objects = await findObjectsByUsccs(ctx.db, ctx.scope, [sub.replaced, sub.substitute]);
  const objectIds = new Map(objects.map((o) => [o.uscc, o.id]));
  await saveDrawBundle(ctx.db, ctx.scope, loaded.draw.id, next);
  const checkId = await logSubstitution(
    ctx.db,
    ctx.scope,
    { taskId: loaded.task.id, drawId: loaded.draw.id },
    sub,
    await idMaps(ctx.db, ctx.scope, loaded.task.id, objectIds),
    { checkId: check.id, by: ctx.actor.userId, at: ctx.now() },
  );
  await codeChecksOfApprovedTask(ctx.db, ctx.scope, loaded.task);
  await ctx.audit.record({ action: 'draw.substitute', subjectKind: 'draw', subjectId: loaded.draw.id, after: sub });
  // Published substitutions: a task already on 公示 is corrected in the same transaction.
  const name = (uscc: string) => objects.find((o) => o.uscc === uscc)?.name ?? uscc;
  const why = `${SUBSTITUTION_REASON_LABELS[input.reason]}${input.note ? `：${input.note}` : ''}`;
  const reason = `第${sub.seq}次替补：${name(sub.replaced)}（${sub.replaced}）因${why}，由${name(sub.substitute)}（${sub.substitute}）替补`;
  const publication = await republishTaskAfterSubstitution(ctx, loaded.task.id, reason);
  return { seq: sub.seq, substitute: sub.substitute, checkId, publicationId: publication?.id ?? null };
});
