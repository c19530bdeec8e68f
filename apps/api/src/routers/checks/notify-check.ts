import { dateInShanghai } from '@liancha/domain';
import { advanceCheck } from '../../checks/advance-check.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZNoticeRequest } from './check.schema.js';

/**
 * 检查通知书: one notice for the whole joint team (进一次门、查多项事) — who comes, when, every
 * agency's items, and the materials to prepare.
 */
export const notifyCheckRoute = abilityMutation.input(ZNoticeRequest).mutation(async ({ ctx, input }) => {
  const { patch } = await advanceCheck(ctx, input.checkId, 'notify', ({ check, team, items, participants }) => {
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
    return { patch: { scheduledOn: input.scheduledOn, notice }, audited: { scheduledOn: input.scheduledOn } };
  });
  return patch.notice;
});
