import { findCheckTeamForParticipant } from '@liancha/db';
import { requireAgency } from '../../registry/require-agency.js';
import { found } from '../../trpc/access.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZCheckRequest } from './check.schema.js';

/**
 * Who is on a check's team, for the staff of an agency taking part in its task: an inspector who
 * is not on the team sees whom to ask instead of a bare 404. Anyone else gets not found, as for
 * checks.get; nothing of the check but its object's name and its team is given.
 */
export const checkTeamRoute = abilityQuery.input(ZCheckRequest).query(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  return found(await findCheckTeamForParticipant(ctx.db, ctx.scope, input.checkId, agencyId), 'Check');
});
