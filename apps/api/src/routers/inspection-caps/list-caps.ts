import { subjectOf } from '@liancha/authz';
import { capsInForce } from '@liancha/db';
import { capYear } from '../../inspection-caps/cap-year.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCapsRequest } from './inspection-cap.schema.js';

/**
 * The 年度检查频次上限 in force for the year, every agency's latest version; `canPublish`: whether
 * the caller may publish a new version for its own agency.
 */
export const listCapsRoute = abilityQuery.input(ZCapsRequest).query(async ({ ctx, input }) => {
  const { year } = capYear(ctx.now(), input.year);
  const versions = await capsInForce(ctx.db, ctx.scope, { year });
  const agencyId = ctx.actor.agencyId;
  const canPublish = agencyId !== null && ctx.ability.can('create', subjectOf('InspectionCap', { id: '', regionCode: ctx.scope.regionCode, agencyId, year }));
  return { year, versions, ownAgencyId: agencyId, canPublish };
});
