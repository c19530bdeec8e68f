import { getCampaign, moveCampaign, type CampaignMove, type CampaignRow } from '@liancha/db';
import { DomainError, type CampaignStep } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { canRead, found } from '../trpc/access.js';
import { assertCampaignStepAllowed } from './campaign-permissions.js';

/** What a step writes besides who and when (each move without them). */
type MoveDetail = CampaignMove extends infer M ? (M extends CampaignMove ? Omit<M, 'by' | 'at'> : never) : never;

/**
 * A step of a 专项检查: the row locked, the step allowed, `precheck` (a rule needing the database,
 * such as the quota) passed, the move written from the state read (false: someone else moved it
 * first, refused), the move audited. Returns the row as it is now.
 */
export async function advanceCampaign(
  ctx: MutationContext,
  id: string,
  move: MoveDetail,
  precheck: (before: CampaignRow) => Promise<void> = async () => {},
): Promise<CampaignRow> {
  const step: CampaignStep = move.step;
  const access = canRead(ctx.ability, 'Campaign');
  const before = found(await getCampaign(ctx.db, ctx.scope, access, id, { forUpdate: true }), 'Campaign');
  assertCampaignStepAllowed(ctx, before, step);
  await precheck(before);
  const full = { ...move, by: ctx.actor.userId, at: ctx.now() } as CampaignMove;
  if (!(await moveCampaign(ctx.db, ctx.scope, id, before.status, full))) {
    throw new DomainError('conflict', '该专项检查已被他人更新，请刷新后重试', { reason: 'campaign.concurrent_update' });
  }
  const after = found(await getCampaign(ctx.db, ctx.scope, access, before.id), 'Campaign');
  const { step: _step, ...detail } = move as Record<string, unknown>;
  await ctx.audit.record({
    action: `campaign.${step}`,
    subjectKind: 'inspection_campaign',
    subjectId: before.id,
    before: { status: before.status },
    after: { status: after.status, ...detail },
  });
  return after;
}
