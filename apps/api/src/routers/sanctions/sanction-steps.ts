import { getSanction, markSanctionApproved, markSanctionPublished } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { recordCredit } from '../../credit/credit-records.js';
import { publishSanction } from '../../publications/publish.js';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { assertSanctionStep } from '../../sanctions/sanction-permissions.js';
import { nextSanctionStatus, yuan } from '../../sanctions/sanction-state.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZSanctionStepRequest } from './sanction.schema.js';

const concurrent = () => new DomainError('conflict', '行政处罚决定已被他人更新，请刷新后重试', { reason: 'sanction.concurrent_update' });

/** 审批 (agency leader): the decision is made; it enters the object's credit record. */
export const approveSanctionRoute = abilityMutation.input(ZSanctionStepRequest).mutation(async ({ ctx, input }) => {
  const access = canRead(ctx.ability, 'Sanction');
  const before = found(await getSanction(ctx.db, ctx.scope, access, input.id, { forUpdate: true }), 'Sanction');
  assertSanctionStep(ctx.ability, before, 'approve');
  const status = nextSanctionStatus(before.status, 'approve');
  if (!(await markSanctionApproved(ctx.db, ctx.scope, before.id, ctx.actor.userId, ctx.now()))) throw concurrent();
  await ctx.audit.record({ action: 'sanction.approve', subjectKind: 'sanction', subjectId: before.id, before: { status: before.status }, after: { status } });
  const fine = before.fineFen === null ? '' : `，罚款${yuan(before.fineFen)}元`;
  await recordCredit(ctx, {
    objectId: before.objectId,
    agencyId: before.agencyId,
    kind: 'sanction',
    sourceId: before.id,
    previousClass: null,
    newClass: null,
    reason: `行政处罚（${before.decisionNo}）：${before.penalty}${fine}；依据：${before.basis}`,
  });
  return presentSanction(found(await getSanction(ctx.db, ctx.scope, access, before.id), 'Sanction'));
});

/**
 * 公示 (coordinator, after approval): the decision becomes immutable and its 行政处罚信息 公示
 * row is inserted in the same transaction (publications/publish.ts), so the public sees it.
 */
export const publishSanctionRoute = abilityMutation.input(ZSanctionStepRequest).mutation(async ({ ctx, input }) => {
  const access = canRead(ctx.ability, 'Sanction');
  const before = found(await getSanction(ctx.db, ctx.scope, access, input.id, { forUpdate: true }), 'Sanction');
  assertSanctionStep(ctx.ability, before, 'publish');
  const status = nextSanctionStatus(before.status, 'publish');
  if (!(await markSanctionPublished(ctx.db, ctx.scope, before.id, ctx.actor.userId, ctx.now()))) throw concurrent();
  await ctx.audit.record({ action: 'sanction.publish', subjectKind: 'sanction', subjectId: before.id, before: { status: before.status }, after: { status } });
  const publication = await publishSanction(ctx, before.id);
  return { ...presentSanction(found(await getSanction(ctx.db, ctx.scope, access, before.id), 'Sanction')), publicationId: publication.id };
});
