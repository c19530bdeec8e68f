import { getSanction, markSanctionApproved, markSanctionPublished, type SanctionRow } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { canRead, found } from '../trpc/access.js';
import { assertSanctionStep } from './sanction-permissions.js';
import { nextSanctionStatus } from './sanction-state.js';

const MARK = { approve: markSanctionApproved, publish: markSanctionPublished } as const;

/**
 * 审批 or 公示 of a sanction: locked for update, the step allowed, its status moved on (refused when
 * someone else moved it first) and audited. Returns the row as it was, and a reload of it as it is.
 */
export async function advanceSanction(
  ctx: MutationContext,
  id: string,
  step: keyof typeof MARK,
): Promise<{ before: SanctionRow; reload: () => Promise<SanctionRow> }> {
  const access = canRead(ctx.ability, 'Sanction');
  const before = found(await getSanction(ctx.db, ctx.scope, access, id, { forUpdate: true }), 'Sanction');
  assertSanctionStep(ctx.ability, before, step);
  const status = nextSanctionStatus(before.status, step);
  if (!(await MARK[step](ctx.db, ctx.scope, before.id, ctx.actor.userId, ctx.now()))) {
    throw new DomainError('conflict', '行政处罚决定已被他人更新，请刷新后重试', { reason: 'sanction.concurrent_update' });
  }
  await ctx.audit.record({ action: `sanction.${step}`, subjectKind: 'sanction', subjectId: before.id, before: { status: before.status }, after: { status } });
  return { before, reload: async () => found(await getSanction(ctx.db, ctx.scope, access, before.id), 'Sanction') };
}
