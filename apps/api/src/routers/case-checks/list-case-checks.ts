import { listCaseChecks } from '@liancha/db';
import { presentCaseCheck } from '../../case-checks/present-case-check.js';
import { abilityQuery } from '../../trpc/init.js';
import { canRead } from '../../trpc/access.js';
import { ZListCaseChecksRequest } from './case-check.schema.js';

/** The 个案检查 the caller may read, newest first by default; `canRequest`: whether the caller may file one. */
export const listCaseChecksRoute = abilityQuery.input(ZListCaseChecksRequest).query(async ({ ctx, input }) => {
  const page = await listCaseChecks(ctx.db, ctx.scope, canRead(ctx.ability, 'CaseCheck'), input);
  return { ...page, rows: page.rows.map(presentCaseCheck), canRequest: ctx.actor.agencyId !== null && ctx.ability.can('create', 'CaseCheck') };
});
