import { DomainError, type DomainErrorKind } from '@liancha/domain';
import { assertDrawStep } from '../../draws/draw-steps.js';
import { lockFreezable } from '../../draws/freeze-draw.js';
import type { DrawFreezePayload } from '../../draws/run-freeze-job.js';
import { waitForJob } from '../../jobs/wait-for-job.js';
import { canRead } from '../../trpc/access.js';
import { abilityMutation } from '../../trpc/init.js';
import { getDraw } from '@liancha/db';
import { loadDraw } from './load-draw.js';
import { ZDrawRequest } from './draw.schema.js';

/** How long the answer waits for the freeze it queued; a longer one shows its progress on the draw's page. */
const FREEZE_WAIT_MS = 20_000;

/**
 * Freeze (draws/freeze-draw.ts): what can be refused at once is checked here — the draw's state,
 * the commitments, the plan's caps — and the freeze itself, which reads the whole pool, is queued
 * as a job. The answer waits for it: the commitment, or the job's refusal (a roster that cannot
 * staff some possible outcome) as if this request had made it; `freezing` when it takes longer.
 */
export const freezeDrawRoute = abilityMutation.input(ZDrawRequest).mutation(async ({ ctx, input }) => {
  const { draw } = await loadDraw(ctx, input.drawId);
  assertDrawStep(ctx, { draw, sources: [] }, 'freeze');
  await lockFreezable(ctx.db, ctx.scope, draw.id);
  const payload: DrawFreezePayload = { requestedAt: ctx.now().toISOString() };
  const jobId = await ctx.enqueue({ kind: 'draw_freeze', subjectId: draw.id, payload });
  await ctx.audit.record({ action: 'draw.freeze.queued', subjectKind: 'draw', subjectId: draw.id, after: { jobId } });
  const scope = ctx.scope;
  const access = canRead(ctx.ability, 'Draw');
  ctx.answerAfterCommit<{ commitment: string | null; freezing: boolean }>(async (answer, db) => {
    const job = await waitForJob(db, scope, jobId, FREEZE_WAIT_MS);
    if (job?.status === 'failed') {
      const data = job.errorData;
      throw new DomainError((data?.kind as DomainErrorKind | undefined) ?? 'internal', job.error ?? '冻结失败', {
        ...(data?.reason ? { reason: data.reason } : {}),
        issues: data?.issues ?? [],
      });
    }
    if (job?.status !== 'done') return answer;
    const frozen = await getDraw(db, scope, access, draw.id);
    return { commitment: frozen?.commitment ?? null, freezing: false };
  });
  return { commitment: null, freezing: true };
});
