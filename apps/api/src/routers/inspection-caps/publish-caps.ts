import { assertCan, subjectOf } from '@liancha/authz';
import { capVersionHistory, publishCapVersion, unknownSectorCodes } from '@liancha/db';
import { capLinesRefusal, DomainError } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { agencyInRegion } from '../../inspection-caps/agency-in-region.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZPublishCaps } from './inspection-cap.schema.js';

/**
 * Publishes a new version of an agency's 年度检查频次上限 for a year (its admin or coordinator): it
 * supersedes the last, which is kept. Each line names a sector of the region, at most one line per
 * sector and risk class, the expected frequency no more than the cap.
 */
export const publishCapsRoute = abilityMutation.input(ZPublishCaps).mutation(async ({ ctx, input }) => {
  const agency = await agencyInRegion(ctx.db, ctx.scope, input.agencyId);
  assertCan(ctx.ability, 'create', subjectOf('InspectionCap', { id: '', regionCode: ctx.scope.regionCode, agencyId: agency.id, year: input.year }));
  enforce(capLinesRefusal(input.lines));
  const unknown = new Set(
    await unknownSectorCodes(
      ctx.db,
      ctx.scope,
      input.lines.map((l) => l.sectorCode),
    ),
  );
  if (unknown.size > 0) {
    const issues = input.lines.flatMap((l, i) =>
      unknown.has(l.sectorCode) ? [{ field: `lines.${i}.sectorCode`, message: `第${i + 1}行：行业领域 ${l.sectorCode} 不存在` }] : [],
    );
    throw new DomainError('bad_request', issues[0]!.message, { reason: 'inspection_cap_lines', issues });
  }
  const { id, version } = await publishCapVersion(ctx.db, ctx.scope, { ...input, agencyId: agency.id, publishedBy: ctx.actor.userId, at: ctx.now() });
  await ctx.audit.record({ action: 'inspection_cap.publish', subjectKind: 'inspection_cap_version', subjectId: id, after: { ...input, version } });
  const [published] = await capVersionHistory(ctx.db, ctx.scope, { agencyId: agency.id, year: input.year });
  return published!;
});
