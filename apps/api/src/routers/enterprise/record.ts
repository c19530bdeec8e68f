import { enterpriseCaseChecks, enterpriseDrawnChecks, ratedChecks, recusalsOfObject } from '@liancha/db';
import { ratingRefusal, recusalRequestRefusal } from '@liancha/domain';
import { enterpriseProcedure } from '../../trpc/init.js';

/**
 * The enterprise's own record: every check of it by every agency and kind, with the team, the
 * approved results and follow-ups, its 回避 requests, and for each check what it may do next
 * (ask an officer to withdraw before the visit; rate and complain after it).
 */
export const enterpriseRecordRoute = enterpriseProcedure.query(async ({ ctx }) => {
  const { objectId } = ctx.self;
  const drawn = await enterpriseDrawnChecks(ctx.db, ctx.scope, objectId);
  const cases = await enterpriseCaseChecks(ctx.db, ctx.scope, objectId);
  const recusals = await recusalsOfObject(ctx.db, ctx.scope, objectId);
  const ratedDrawn = await ratedChecks(
    ctx.db,
    ctx.scope,
    'drawn',
    drawn.checks.map((c) => c.checkId),
  );
  const ratedCases = await ratedChecks(
    ctx.db,
    ctx.scope,
    'case',
    cases.map((c) => c.id),
  );
  const pending = new Set(recusals.filter((r) => r.status === 'pending').map((r) => `${r.checkId}/${r.inspectorId}`));

  const drawnChecks = drawn.checks.map((check) => {
    const open = recusalRequestRefusal(check.status) === null;
    const afterwards = ratingRefusal({ kind: 'drawn', status: check.status }) === null;
    return {
      ...check,
      team: drawn.team
        .filter((m) => m.checkId === check.checkId)
        .map(({ checkId: _checkId, ...m }) => ({ ...m, canRequestRecusal: open && !pending.has(`${check.checkId}/${m.inspectorId}`) })),
      results: drawn.results.filter((r) => r.checkId === check.checkId).map(({ checkId: _checkId, ...r }) => r),
      followUps: drawn.followUps.filter((f) => f.checkId === check.checkId).map(({ checkId: _checkId, ...f }) => f),
      rated: ratedDrawn.has(check.checkId),
      can: { requestRecusal: open, rate: afterwards && !ratedDrawn.has(check.checkId), complain: afterwards },
    };
  });
  const caseChecks = cases.map((check) => {
    const afterwards = ratingRefusal({ kind: 'case', status: check.status }) === null;
    return { ...check, rated: ratedCases.has(check.id), can: { rate: afterwards && !ratedCases.has(check.id), complain: afterwards } };
  });
  return {
    enterprise: ctx.self,
    drawnChecks,
    caseChecks,
    recusals: recusals.map((r) => ({
      id: r.id,
      checkId: r.checkId,
      taskCode: r.taskCode,
      taskTitle: r.taskTitle,
      inspectorName: r.inspectorName,
      agencyName: r.agencyName,
      reason: r.reason,
      status: r.status,
      requestedAt: r.requestedAt,
      decidedAt: r.decidedAt,
      decisionNote: r.decisionNote,
    })),
  };
});
