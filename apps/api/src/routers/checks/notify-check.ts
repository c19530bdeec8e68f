import { updateCheck } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { loadCheck } from '../../checks/load-check.js';
import { nextCheckStatus } from '../../checks/check-state.js';
import { assertCheckStep } from '../../checks/check-steps.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZNoticeRequest } from './check.schema.js';

/**
 * 检查通知书: one notice for the whole joint team (进一次门、查多项事) — who comes, when, every
 * agency's items, and the materials to prepare.
 */
export const notifyCheckRoute = abilityMutation.input(ZNoticeRequest).mutation(async ({ ctx, input }) => {
  const loaded = await loadCheck(ctx, input.checkId);
  const { check, team, items, participants } = loaded;
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'notify');
  const status = nextCheckStatus(check.status, 'notify');
  const agencyName = new Map(participants.map((p) => [p.agencyId, p.agencyName]));
  const notice = {
    issuedOn: dateInShanghai(ctx.now()),
    scheduledOn: input.scheduledOn,
    object: { uscc: check.uscc, name: check.objectName, address: check.address },
    team: team.map((m) => ({ name: m.name, certificateNo: m.certificateNo, agency: agencyName.get(m.agencyId) ?? '', role: m.role })),
    items: items.map((i) => ({ agency: agencyName.get(i.agencyId) ?? '', code: i.code, name: i.name, legalBasis: i.legalBasis })),
    materials: input.materials,
    contact: input.contact,
    note: input.note,
  };
  await updateCheck(ctx.db, ctx.scope, check.id, { status, scheduledOn: input.scheduledOn, notice }, ctx.now());
  await ctx.audit.record({
    action: 'check.notify',
    subjectKind: 'check',
    subjectId: check.id,
    before: { status: check.status },
    after: { status, scheduledOn: input.scheduledOn },
  });
  return notice;
});
