import { lockDraw, withTransaction, type ClaimedJob, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { createAuditRecorder } from '../trpc/audit-recorder.js';
import { freezeDraw } from './freeze-draw.js';

/** The moment the lead asked to freeze: the freeze is dated by it. */
export const ZDrawFreezePayload = z.object({ requestedAt: z.iso.datetime() });
export type DrawFreezePayload = z.infer<typeof ZDrawFreezePayload>;

/** The freeze, as a job queued by the lead's request: a draw no longer open (frozen by a first run) is left alone. */
export async function runFreezeJob(db: Executor, job: ClaimedJob, log: Logger): Promise<void> {
  const scope = { regionCode: job.regionCode };
  const at = new Date(ZDrawFreezePayload.parse(job.payload).requestedAt);
  if (!job.createdBy) throw new DomainError('precondition_failed', '冻结请求没有发起人', { reason: 'no_actor' });
  const userId = job.createdBy;
  await withTransaction(db, async (trx) => {
    const draw = await lockDraw(trx, scope, job.subjectId);
    if (draw && draw.status !== 'open') return;
    const audit = createAuditRecorder(trx, { actorUserId: userId, regionCode: scope.regionCode }, () => at);
    const commitment = await freezeDraw(trx, scope, job.subjectId, { userId, audit, at });
    log.info({ drawId: job.subjectId, commitment }, 'draw frozen');
  });
}
