import { upsertResult } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { loadCheck } from '../../checks/load-check.js';
import { assertCheckStep } from '../../checks/check-steps.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZRecordResultRequest } from './check.schema.js';

/** 谁检查、谁录入: each agency records the results of its own items only. */
export const recordResultRoute = abilityMutation.input(ZRecordResultRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const loaded = await loadCheck(ctx, input.checkId);
  const { items, results } = loaded;
  const item = items.find((i) => i.id === input.itemId);
  if (!item)
    throw new DomainError('bad_request', '该事项不适用于本检查对象，或不是本次检查的抽查事项', {
      reason: 'item_not_in_task',
      issues: [{ field: 'itemId', message: '事项不在本任务中' }],
    });
  if (item.agencyId !== agencyId) throw new DomainError('forbidden', '只能录入本部门抽查事项的检查结果', { reason: 'not_own_item' });
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'recordResult');
  const before = results.find((r) => r.itemId === input.itemId) ?? null;
  const id = await upsertResult(ctx.db, ctx.scope, { ...input, agencyId, recordedBy: ctx.actor.userId }, ctx.now());
  await ctx.audit.record({ action: 'checkResult.record', subjectKind: 'checkResult', subjectId: id, before, after: input });
  return { id };
});
