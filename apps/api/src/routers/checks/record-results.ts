import { upsertResult } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertCheckStep } from '../../checks/check-steps.js';
import { loadCheck } from '../../checks/load-check.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZRecordResultsRequest } from './check.schema.js';

/**
 * 谁检查、谁录入, one form per check: the caller's agency's results of every item that applies to
 * the object, in one submit. Every entry is checked first and each fault names its item (field
 * `results.<itemId>.<field>`); nothing is saved unless all are right.
 */
export const recordResultsRoute = abilityMutation.input(ZRecordResultsRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const loaded = await loadCheck(ctx, input.checkId);
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'recordResult');
  const mine = new Map(loaded.items.filter((i) => i.agencyId === agencyId).map((i) => [i.id, i]));
  const issues: { field: string; message: string }[] = [];
  const chosen = [];
  for (const entry of input.results) {
    const item = mine.get(entry.itemId);
    const at = (field: string) => `results.${entry.itemId}.${field}`;
    if (!item) {
      issues.push({ field: at('resultCode'), message: '该事项不适用于本检查对象，或不是本部门的抽查事项' });
      continue;
    }
    if (entry.resultCode === '') {
      if (entry.findings !== '') issues.push({ field: at('resultCode'), message: `${item.code}：填写了检查情况，请选择检查结果` });
      continue;
    }
    if (entry.verificationMethods.length === 0) {
      issues.push({ field: at('verificationMethods'), message: `${item.code}：请选择至少一种核查方式` });
      continue;
    }
    chosen.push({ ...entry, resultCode: entry.resultCode });
  }
  if (issues.length > 0) throw new DomainError('bad_request', `有 ${issues.length} 个事项填写有误，未保存任何结果`, { reason: 'results_invalid', issues });
  if (chosen.length === 0) throw new DomainError('bad_request', '请至少为一个事项选择检查结果', { reason: 'results_empty' });
  const before = new Map(loaded.results.map((r) => [r.itemId, r]));
  const saved: string[] = [];
  // A check has a few items per agency (a dozen at most in practice): one upsert each, in this transaction.
  for (const entry of chosen) {
    const { itemId, resultCode, findings, verificationMethods } = entry;
    const id = await upsertResult(
      ctx.db,
      ctx.scope,
      { checkId: input.checkId, itemId, resultCode, findings, verificationMethods, agencyId, recordedBy: ctx.actor.userId },
      ctx.now(),
    );
    await ctx.audit.record({ action: 'checkResult.record', subjectKind: 'checkResult', subjectId: id, before: before.get(itemId) ?? null, after: entry });
    saved.push(id);
  }
  return { saved: saved.length, open: mine.size - new Set([...before.keys(), ...chosen.map((c) => c.itemId)].filter((id) => mine.has(id))).size };
});
