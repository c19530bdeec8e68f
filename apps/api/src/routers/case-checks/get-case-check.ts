import { getCaseCheck, listCaseCheckOfficers } from '@liancha/db';
import { caseCheckNextStep } from '@liancha/domain';
import { caseCheckCan } from '../../case-checks/case-check-permissions.js';
import { presentCaseCheck } from '../../case-checks/present-case-check.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { ZIdRequest } from '../../trpc/schemas.js';

/** One 个案检查 with its officers and certificates, the steps the caller may take (`can`) and whose turn it is. */
export const getCaseCheckRoute = abilityQuery.input(ZIdRequest).query(async ({ ctx, input }) => {
  const row = found(await getCaseCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'CaseCheck'), input.id), 'CaseCheck');
  return {
    ...presentCaseCheck(row),
    officers: await listCaseCheckOfficers(ctx.db, ctx.scope, row.id),
    can: caseCheckCan(ctx, row),
    next: caseCheckNextStep(row.status, row.emergency),
  };
});
