import { defineAbilityFor } from '@liancha/authz';
import {
  findObjectsByUsccs,
  getDrawBundle,
  insertConflict,
  listTaskInspectors,
  lockDraw,
  lockRecusalRequest,
  markRecusalDecided,
  replaceTeamMember,
  saveDrawBundle,
} from '@liancha/db';
import { applyRecusal, dateInShanghai, DomainError, recusalRequestRefusal, type DrawBundle } from '@liancha/domain';
import { z } from 'zod';
import { enforce } from '../../can/refusal.js';
import { decideRecusalRefusal } from '../../enterprise/staff-access.js';
import { republishTaskAfterSubstitution } from '../../publications/publish.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZId } from '../../trpc/schemas.js';

export const ZDecideRecusalRequest = z.object({
  id: ZId,
  grant: z.boolean({ error: '请选择准予或不予回避' }),
  note: z.string().trim().max(500, '说明不能超过500字').default(''),
});

/** What the public bundle says of a granted recusal: never the enterprise's reason, which may be personal. */
const PUBLIC_NOTE = '企业申请回避，经部门负责人准予';

/**
 * The head of the officer's agency decides a 回避 request. A grant enters the conflict in the
 * 回避 registry and re-forms the check's team by the draw protocol's recusal rule (never a redraw):
 * the bundle gains the recusal, the team's seat goes to the replacement, and a task already on
 * 公示 is corrected so that the public bundle still verifies.
 */
export const decideRecusalRoute = abilityMutation.input(ZDecideRecusalRequest).mutation(async ({ ctx, input }) => {
  const request = await lockRecusalRequest(ctx.db, ctx.scope, input.id);
  if (!request) throw new DomainError('not_found', '没有找到该回避申请', { reason: 'not_found' });
  enforce(decideRecusalRefusal(ctx.actor, request.agencyId));
  if (request.status !== 'pending') throw new DomainError('conflict', '该回避申请已经作出决定', { reason: 'recusal_decided' });
  const at = ctx.now();
  const note = input.note === '' ? null : input.note;
  if (!input.grant) {
    await markRecusalDecided(ctx.db, ctx.scope, request.id, { status: 'refused', decidedBy: ctx.actor.userId, at, note, conflictId: null, recusalSeq: null });
    await ctx.audit.record({ action: 'recusal.refuse', subjectKind: 'recusal_request', subjectId: request.id, after: { note } });
    return { status: 'refused' as const, replacement: null };
  }

  enforce(recusalRequestRefusal(request.checkStatus as Parameters<typeof recusalRequestRefusal>[0]));
  const draw = await lockDraw(ctx.db, ctx.scope, request.drawId);
  if (draw?.status !== 'drawn') throw new DomainError('precondition_failed', '抽取尚未完成，不能调整检查组', { reason: 'draw_state' });
  const bundle = (await getDrawBundle(ctx.db, ctx.scope, draw.id)) as unknown as DrawBundle;
  const roster = await listTaskInspectors(ctx.db, ctx.scope, request.taskId);
  const recused = roster.find((i) => i.id === request.inspectorId);
  if (!recused) throw new DomainError('precondition_failed', '该执法人员不在本任务的人员名录中', { reason: 'recusal_member_invalid' });
  const { bundle: next, recusal } = applyRecusal(bundle, { uscc: request.uscc, certNo: recused.certificateNo, note: PUBLIC_NOTE });
  const replacement = roster.find((i) => i.certificateNo === recusal.replacement.certNo)!;
  await saveDrawBundle(ctx.db, ctx.scope, draw.id, next);
  await replaceTeamMember(ctx.db, ctx.scope, {
    checkId: request.checkId,
    from: request.inspectorId,
    to: replacement.id,
    agencyId: replacement.agencyId,
    ticket: recusal.replacement.ticket,
  });
  const conflictId = await insertConflict(
    ctx.db,
    ctx.scope,
    {
      inspectorId: request.inspectorId,
      objectId: request.objectId,
      reasonCode: 'enterprise_requested',
      note: request.reason,
      validFrom: dateInShanghai(at),
      validUntil: null,
    },
    ctx.actor.userId,
  );
  await markRecusalDecided(ctx.db, ctx.scope, request.id, { status: 'granted', decidedBy: ctx.actor.userId, at, note, conflictId, recusalSeq: recusal.seq });
  await ctx.audit.record({ action: 'draw.recusal', subjectKind: 'draw', subjectId: draw.id, after: recusal });
  await ctx.audit.record({
    action: 'recusal.grant',
    subjectKind: 'recusal_request',
    subjectId: request.id,
    after: { conflictId, replacement: replacement.id, note },
  });

  // The correction of the task's 公示 is the lead agency's, made here on its behalf because the head's grant requires it.
  const publisher = { ...ctx, ability: defineAbilityFor({ ...ctx.actor, agencyId: request.leadAgencyId, roles: ['coordinator'], jointTasks: [] }) };
  const [object] = await findObjectsByUsccs(ctx.db, ctx.scope, [request.uscc]);
  await republishTaskAfterSubstitution(
    publisher,
    request.taskId,
    `第${recusal.seq}次回避：${object?.name ?? request.uscc}（${request.uscc}）检查组的${recused.name}经申请回避，由${replacement.name}接替`,
  );
  return { status: 'granted' as const, replacement: { id: replacement.id, name: replacement.name } };
});
