import { assertCan, subjectOf } from '@liancha/authz';
import { listEntropy, lockDraw, setEntropyCommitment } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { loadDraw } from './load-draw.js';
import { ZCommitRequest } from './draw.schema.js';

/** An agency commits SHA-256(secret); the secret itself stays in the agency's hands until the reveal. */
export const commitSecretRoute = abilityMutation.input(ZCommitRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const { draw, task } = await loadDraw(ctx, input.drawId);
  const source = (await listEntropy(ctx.db, ctx.scope, draw.id)).find((e) => e.sourceKind === 'agency' && e.agencyId === agencyId);
  if (!source) throw new DomainError('forbidden', '本部门不是该抽取的随机源', { reason: 'not_a_source' });
  assertCan(ctx.ability, 'update', subjectOf('DrawEntropy', { regionCode: ctx.scope.regionCode, taskId: task.id, sourceKind: 'agency', agencyId }));
  const locked = await lockDraw(ctx.db, ctx.scope, draw.id);
  if (locked?.status !== 'open') throw new DomainError('precondition_failed', '抽取输入已冻结，不能再提交或更改承诺值', { reason: 'draw_state' });
  await setEntropyCommitment(ctx.db, ctx.scope, source.id, input.commitment, ctx.actor.userId, ctx.now());
  await ctx.audit.record({ action: 'draw.commit', subjectKind: 'draw', subjectId: draw.id, before: { commitment: source.commitmentHash }, after: { source: source.sourceId, commitment: input.commitment } });
  return { ok: true as const };
});
