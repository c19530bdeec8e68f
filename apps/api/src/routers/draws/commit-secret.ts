import { listEntropy, lockDraw, setEntropyCommitment } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertDrawStep, ownSource } from '../../draws/draw-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadDraw } from './load-draw.js';
import { ZCommitRequest } from './draw.schema.js';

/** An agency commits SHA-256(secret); the secret itself stays in the agency's hands until the reveal. */
export const commitSecretRoute = abilityMutation.input(ZCommitRequest).mutation(async ({ ctx, input }) => {
  const { draw } = await loadDraw(ctx, input.drawId);
  const facts = { draw, sources: await listEntropy(ctx.db, ctx.scope, draw.id) };
  assertDrawStep(ctx, facts, 'commit');
  const source = ownSource(ctx, facts)!;
  const locked = await lockDraw(ctx.db, ctx.scope, draw.id);
  if (locked?.status !== 'open') throw new DomainError('precondition_failed', '抽取输入已冻结，不能再提交或更改承诺值', { reason: 'draw_state' });
  await setEntropyCommitment(ctx.db, ctx.scope, source.id, input.commitment, ctx.actor.userId, ctx.now());
  await ctx.audit.record({
    action: 'draw.commit',
    subjectKind: 'draw',
    subjectId: draw.id,
    before: { commitment: source.commitmentHash },
    after: { source: source.sourceId, commitment: input.commitment },
  });
  return { ok: true as const };
});
