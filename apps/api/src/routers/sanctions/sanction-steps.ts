import { recordCredit } from '../../credit/credit-records.js';
import { publishSanction } from '../../publications/publish.js';
import { advanceSanction } from '../../sanctions/advance-sanction.js';
import { presentSanction } from '../../sanctions/present-sanction.js';
import { yuan } from '../../sanctions/sanction-state.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZSanctionStepRequest } from './sanction.schema.js';

/** 审批 (agency leader): the decision is made; it enters the object's credit record. */
export const approveSanctionRoute = abilityMutation.input(ZSanctionStepRequest).mutation(async ({ ctx, input }) => {
  const { before, reload } = await advanceSanction(ctx, input.id, 'approve');
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
  return presentSanction(await reload());
});

/**
 * 公示 (coordinator, after approval): the decision becomes immutable and its 行政处罚信息 公示
 * row is inserted in the same transaction (publications/publish.ts), so the public sees it.
 */
export const publishSanctionRoute = abilityMutation.input(ZSanctionStepRequest).mutation(async ({ ctx, input }) => {
  const { before, reload } = await advanceSanction(ctx, input.id, 'publish');
  const publication = await publishSanction(ctx, before.id);
  return { ...presentSanction(await reload()), publicationId: publication.id };
});
