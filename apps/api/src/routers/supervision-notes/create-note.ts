import { assertCan, subjectOf } from '@liancha/authz';
import { findAgencyInRegion, findHazardOfAgency, insertSupervisionNote } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { notify } from '../../notifications/notify.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCreateNoteRequest } from './supervision-note.schema.js';

/** 督办: the leadership group instructs one agency of its region. */
export const createNoteRoute = abilityMutation.input(ZCreateNoteRequest).mutation(async ({ ctx, input }) => {
  assertCan(
    ctx.ability,
    'create',
    subjectOf('SupervisionNote', { regionCode: ctx.scope.regionCode, toAgencyId: input.toAgencyId, createdBy: ctx.actor.userId, status: 'open' }),
  );
  const agency = await findAgencyInRegion(ctx.db, ctx.scope, input.toAgencyId);
  if (!agency)
    throw new DomainError('not_found', '督办对象部门不存在', {
      reason: 'agency_not_found',
      issues: [{ field: 'toAgencyId', message: '本行政区划内没有该部门' }],
    });
  if (input.hazardId && !(await findHazardOfAgency(ctx.db, ctx.scope, input.hazardId, agency.id))) {
    throw new DomainError('not_found', '督办的隐患不存在或不属于该部门', {
      reason: 'hazard_not_found',
      issues: [{ field: 'hazardId', message: '该部门没有这条隐患' }],
    });
  }
  const id = await insertSupervisionNote(ctx.db, ctx.scope, { ...input, createdBy: ctx.actor.userId, createdAt: ctx.now() });
  await notify(
    ctx,
    { agencyIds: [agency.id], roles: ['coordinator', 'agency_leader'] },
    { kind: 'note_received', title: `领导小组督办：${input.subject}${input.dueOn ? `（请于 ${input.dueOn} 前办理）` : ''}`, link: `/notes/${id}` },
  );
  await ctx.audit.record({ action: 'supervisionNote.create', subjectKind: 'supervisionNote', subjectId: id, after: { ...input, toAgencyName: agency.name } });
  return { id };
});
