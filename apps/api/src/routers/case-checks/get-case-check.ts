import { getCaseCheck, listCaseCheckOfficers } from '@liancha/db';
import { capExemption, caseCheckNextStep, plannedCheckStanding } from '@liancha/domain';
import { caseCheckCan } from '../../case-checks/case-check-permissions.js';
import { presentCaseCheck } from '../../case-checks/present-case-check.js';
import { agencyCapCount } from '../../inspection-caps/agency-cap.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZIdRequest } from '../../trpc/schemas.js';

/**
 * One 个案检查 with its officers and certificates, the steps the caller may take (`can`), whose turn
 * it is, and where it stands against the agency's 年度检查频次上限 (`cap`: a case check past the cap
 * is allowed — exempt — and shown as such).
 */
export const getCaseCheckRoute = abilityQuery.input(ZIdRequest).query(async ({ ctx, input }) => {
  const row = found(await getCaseCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'CaseCheck'), input.id), 'CaseCheck');
  const year = Number((row.endedOn ?? row.windowFrom).slice(0, 4));
  const { used, max } = await agencyCapCount(ctx.db, ctx.scope, { agencyId: row.agencyId, objectId: row.objectId, year });
  // Approved and done checks are in the count already: where did this one stand when it was added?
  const before = row.status === 'approved' || row.status === 'done' ? used - 1 : used;
  return {
    cap: {
      year,
      used,
      max,
      standing: plannedCheckStanding(before, max),
      exemption: capExemption({ kind: row.kind, caseTrigger: row.trigger ?? undefined, deployedByHigherLevel: row.campaignLevel === 'higher' }),
    },
    ...presentCaseCheck(row),
    officers: await listCaseCheckOfficers(ctx.db, ctx.scope, row.id),
    can: caseCheckCan(ctx, row),
    next: caseCheckNextStep(row.status, row.emergency),
  };
});
