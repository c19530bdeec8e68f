import { getCommitmentInputs, listEntropy, lockDraw, lockTask, withTransaction, type ClaimedJob, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { createAuditRecorder } from '../trpc/audit-recorder.js';
import { executeDraw } from './execute-draw.js';

/** The moment of the last reveal: the draw is dated by it, as it depends on nothing later. */
export const ZDrawRunPayload = z.object({ revealedAt: z.iso.datetime() });
export type DrawRunPayload = z.infer<typeof ZDrawRunPayload>;

/**
 * The draw, as a job queued by the last reveal: under the draw's lock, once. A draw already drawn
 * (a job run twice after its process died at the very end) is left alone; the result would be the
 * same anyway, since it depends only on the frozen inputs and the reveals.
 */
export async function runDrawJob(db: Executor, job: ClaimedJob, log: Logger): Promise<void> {
  const scope = { regionCode: job.regionCode };
  const at = new Date(ZDrawRunPayload.parse(job.payload).revealedAt);
  await withTransaction(db, async (trx) => {
    const draw = await lockDraw(trx, scope, job.subjectId);
    if (!draw) throw new DomainError('not_found', '抽取不存在', { reason: 'draw_missing' });
    if (draw.status === 'drawn') return;
    if (draw.status !== 'frozen') throw new DomainError('precondition_failed', '抽取尚未冻结', { reason: 'draw_state' });
    const pending = (await listEntropy(trx, scope, draw.id)).filter((e) => e.revealedValue === null);
    if (pending.length > 0) throw new DomainError('precondition_failed', `尚待揭示：${pending.map((e) => e.label).join('、')}`, { reason: 'reveals_pending' });
    const task = (await lockTask(trx, scope, draw.taskId))!;
    const bundle = await executeDraw(trx, scope, { ...draw, commitmentInputs: await getCommitmentInputs(trx, scope, draw.id) }, task, at);
    const audit = createAuditRecorder(trx, { actorUserId: job.createdBy, regionCode: scope.regionCode }, () => at);
    await audit.record({
      action: 'draw.run',
      subjectKind: 'draw',
      subjectId: draw.id,
      after: { seed: bundle.seed, substitutions: bundle.substitutions.length },
    });
    log.info({ drawId: draw.id, objects: bundle.objects.reduce((n, s) => n + s.drawn.length, 0) }, 'draw run');
  });
}
