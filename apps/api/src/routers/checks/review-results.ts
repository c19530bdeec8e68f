import { listResults, setAgencyResultsStatus, updateCheck } from '@liancha/db';
import { DomainError, isProblemResult, RESULT_CODES, type ResultCode } from '@liancha/domain';
import { recordCredit } from '../../credit/credit-records.js';
import { loadCheck } from '../../checks/load-check.js';
import { assertCheckStep, type CheckStep } from '../../checks/check-steps.js';
import { requireAgency } from '../../registry/require-agency.js';
import { loadWorkingCalendar } from '../../calendar/working-calendar.js';
import { coordinatorsOf, leadersOf, notify } from '../../notifications/notify.js';
import { resultDueOn } from '../../publications/deadlines.js';
import { abilityMutation } from '../../trpc/init.js';
import type { MutationContext } from '../../trpc/mutation-context.js';
import { ZCheckRequest, ZReturnResultsRequest } from './check.schema.js';

/** The check with the caller's agency's results and items, once `step` is the caller's to take now. */
async function ownResults(ctx: MutationContext, checkId: string, step: CheckStep) {
  const agencyId = requireAgency(ctx.actor);
  const loaded = await loadCheck(ctx, checkId);
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, step);
  const mine = loaded.results.filter((r) => r.agencyId === agencyId);
  const myItems = loaded.items.filter((i) => i.agencyId === agencyId);
  return { ...loaded, agencyId, mine, myItems };
}

/** The agency hands in its results for its leader's approval; every one of its items needs a result. */
export const submitResultsRoute = abilityMutation.input(ZCheckRequest).mutation(async ({ ctx, input }) => {
  const { check, agencyId, mine, myItems } = await ownResults(ctx, input.checkId, 'submitResults');
  const missing = myItems.filter((i) => !mine.some((r) => r.itemId === i.id)).map((i) => i.name);
  if (missing.length > 0) throw new DomainError('precondition_failed', `以下事项尚未录入结果：${missing.join('、')}`, { reason: 'results_missing' });
  await setAgencyResultsStatus(ctx.db, ctx.scope, check.id, agencyId, { status: 'submitted', submittedAt: ctx.now() });
  await notify(ctx, leadersOf([agencyId]), { kind: 'results_to_approve', title: `${check.objectName}的检查结果已提交，待您审核`, link: `/checks/${check.id}` });
  await ctx.audit.record({ action: 'checkResult.submit', subjectKind: 'check', subjectId: check.id, after: { agencyId, count: mine.length } });
  return { status: 'submitted' as const };
});

/** The agency's leader approves its results; when every agency's are approved, the check is approved. */
export const approveResultsRoute = abilityMutation.input(ZCheckRequest).mutation(async ({ ctx, input }) => {
  const { check, agencyId, mine, participants, items } = await ownResults(ctx, input.checkId, 'approveResults');
  await setAgencyResultsStatus(ctx.db, ctx.scope, check.id, agencyId, { status: 'approved', approvedBy: ctx.actor.userId, approvedAt: ctx.now() });
  // An approved result that found a problem goes on the enterprise's credit record (结果运用).
  for (const result of mine.filter((r) => isProblemResult(r.resultCode))) {
    await recordCredit(ctx, {
      objectId: check.objectId,
      agencyId,
      kind: 'result',
      sourceId: result.id,
      previousClass: null,
      newClass: null,
      reason: `双随机抽查结果：${RESULT_CODES[result.resultCode as ResultCode]}${result.findings ? `（${result.findings}）` : ''}`,
    });
  }
  const all = await listResults(ctx.db, ctx.scope, check.id);
  // Agencies with no item that applies to this object have nothing to record here.
  const asked = new Set(items.map((i) => i.agencyId));
  const agencies = [...new Set(participants.filter((p) => p.status === 'confirmed' && asked.has(p.agencyId)).map((p) => p.agencyId))];
  const everyoneApproved = agencies.every(
    (a) => all.some((r) => r.agencyId === a) && all.filter((r) => r.agencyId === a).every((r) => r.status === 'approved'),
  );
  if (everyoneApproved) await updateCheck(ctx.db, ctx.scope, check.id, { status: 'approved' }, ctx.now());
  // The agency's clerks publish what its leader approved, by the deadline the visit's end set.
  const due = check.endedOn ? resultDueOn(check.endedOn, await loadWorkingCalendar(ctx.db)) : null;
  await notify(ctx, coordinatorsOf([agencyId]), {
    kind: 'results_to_publish',
    title: `${check.objectName}的检查结果已审核通过，请${due ? `在 ${due.date}${due.provisional ? '（预计）' : ''} 前` : '按期'}公示`,
    link: `/checks/${check.id}`,
  });
  await ctx.audit.record({ action: 'checkResult.approve', subjectKind: 'check', subjectId: check.id, after: { agencyId, checkApproved: everyoneApproved } });
  return { status: 'approved' as const, checkApproved: everyoneApproved };
});

/** The leader sends the results back with a reason; the agency corrects and submits again. */
export const returnResultsRoute = abilityMutation.input(ZReturnResultsRequest).mutation(async ({ ctx, input }) => {
  const { check, agencyId } = await ownResults(ctx, input.checkId, 'returnResults');
  await setAgencyResultsStatus(ctx.db, ctx.scope, check.id, agencyId, { status: 'returned', returnReason: input.reason });
  await ctx.audit.record({ action: 'checkResult.return', subjectKind: 'check', subjectId: check.id, after: { agencyId, reason: input.reason } });
  return { status: 'returned' as const };
});
