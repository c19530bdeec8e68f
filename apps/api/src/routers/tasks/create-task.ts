import { assertCan, subjectOf } from '@liancha/authz';
import { getPlanBatch, insertParticipants, insertTask, listAgencies, listTasksOfBatch, loadReference, nextTaskCode } from '@liancha/db';
import { backfillRefusal, batchWindowRefusal, dateInShanghai, DomainError } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { coordinatorsOf, notify } from '../../notifications/notify.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCreateTaskRequest } from './task.schema.js';

/**
 * 联合抽查任务: the lead agency creates it from a batch of its published annual plan (or ad
 * hoc, marked so) and invites partners; an internal joint check names units of the lead agency.
 */
export const createTaskRoute = abilityMutation.input(ZCreateTaskRequest).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  assertCan(ctx.ability, 'create', subjectOf('JointTask', { regionCode: ctx.scope.regionCode, leadAgencyId: agencyId, kind: input.kind, status: 'draft' }));
  const year = Number(input.inspectionStartsOn.slice(0, 4));
  if (input.planBatchId) {
    const batch = await getPlanBatch(ctx.db, ctx.scope, input.planBatchId);
    if (!batch || batch.agencyId !== agencyId) throw new DomainError('not_found', '抽查批次不存在', { reason: 'batch_not_found' });
    if (batch.status !== 'published')
      throw new DomainError('precondition_failed', '该批次所属的年度计划尚未公布，不能据此创建任务', { reason: 'plan_not_published' });
    if (batch.year !== year) throw new DomainError('bad_request', `检查时间应在计划年度${batch.year}年内`, { reason: 'task_invalid' });
    enforce(batchWindowRefusal({ startsOn: input.inspectionStartsOn, endsOn: input.inspectionEndsOn }, batch));
    const others = await listTasksOfBatch(ctx.db, ctx.scope, agencyId, batch.id);
    if (others.length > 0 && !input.confirmSameBatch) {
      const message = `本批次已有任务：${others.map((t) => `${t.code} ${t.title}`).join('；')}。如确需再建一个任务，请勾选确认后重新提交`;
      throw new DomainError('conflict', message, { reason: 'same_batch_task', issues: [{ field: 'confirmSameBatch', message: '请确认本批次再建一个任务' }] });
    }
  }
  const backfillReason = input.backfillReason || null;
  enforce(backfillRefusal(input.inspectionStartsOn, dateInShanghai(ctx.now()), backfillReason));
  const reference = await loadReference(ctx.db, ctx.scope);
  const agencies = await listAgencies(ctx.db, ctx.scope);
  const own = agencies.find((a) => a.id === agencyId)!;
  for (const partner of input.partnerAgencyIds) {
    if (partner === agencyId || !agencies.some((a) => a.id === partner)) {
      throw new DomainError('bad_request', '配合部门无效（须为本行政区划的其他部门）', {
        reason: 'task_invalid',
        issues: [{ field: 'partnerAgencyIds', message: '配合部门无效' }],
      });
    }
  }
  for (const unitId of input.unitIds) {
    if (!reference.units.some((u) => u.id === unitId && u.agencyId === agencyId)) {
      throw new DomainError('bad_request', '所选股室（中心）不属于本部门', { reason: 'task_invalid', issues: [{ field: 'unitIds', message: '股室无效' }] });
    }
  }
  const status = input.kind === 'inter_agency' && input.partnerAgencyIds.length > 0 ? 'inviting' : 'ready';
  const id = await insertTask(ctx.db, ctx.scope, {
    leadAgencyId: agencyId,
    planBatchId: input.planBatchId,
    adHoc: input.planBatchId === null,
    kind: input.kind,
    code: await nextTaskCode(ctx.db, ctx.scope, own.code, year),
    title: input.title,
    status,
    inspectionStartsOn: input.inspectionStartsOn,
    inspectionEndsOn: input.inspectionEndsOn,
    backfillReason,
    createdBy: ctx.actor.userId,
  });
  const now = ctx.now();
  const confirmed = { status: 'confirmed' as const, confirmedBy: ctx.actor.userId, confirmedAt: now };
  await insertParticipants(ctx.db, ctx.scope, id, [
    ...(input.kind === 'internal'
      ? input.unitIds.map((unitId, i) => ({ agencyId, unitId, role: i === 0 ? ('lead' as const) : ('partner' as const), ...confirmed }))
      : [{ agencyId, unitId: null, role: 'lead' as const, ...confirmed }]),
    ...input.partnerAgencyIds.map((partner) => ({
      agencyId: partner,
      unitId: null,
      role: 'partner' as const,
      status: 'invited' as const,
      confirmedBy: null,
      confirmedAt: null,
    })),
  ]);
  await notify(ctx, coordinatorsOf(input.partnerAgencyIds), {
    kind: 'task_invitation',
    title: `${own.name}邀请本部门参加联合抽查“${input.title}”（检查时间 ${input.inspectionStartsOn} 至 ${input.inspectionEndsOn}），请确认是否参加`,
    link: `/tasks/${id}`,
  });
  await ctx.audit.record({ action: 'jointTask.create', subjectKind: 'jointTask', subjectId: id, after: input });
  return { id };
});
