import { insertComplaint, insertRatings, markCheckRated, ratedCheckFacts } from '@liancha/db';
import { DomainError, ratingRefusal, type CaseCheckStatus, type CheckStatus } from '@liancha/domain';
import { enforce } from '../../can/refusal.js';
import { enterpriseMutation } from '../../trpc/init.js';
import { ZComplainRequest, ZRateRequest } from './enterprise.schema.js';
import type { MutationContext } from '../../trpc/mutation-context.js';

type Ctx = Pick<MutationContext, 'db' | 'scope'> & { self: { objectId: string } };

async function doneCheck(ctx: Ctx, input: { checkKind: 'drawn' | 'case'; checkId: string }) {
  const facts = await ratedCheckFacts(ctx.db, ctx.scope, { ...input, objectId: ctx.self.objectId });
  if (!facts) throw new DomainError('not_found', '没有找到本企业的这次检查', { reason: 'check_unknown' });
  enforce(
    ratingRefusal(
      input.checkKind === 'drawn' ? { kind: 'drawn', status: facts.status as CheckStatus } : { kind: 'case', status: facts.status as CaseCheckStatus },
    ),
  );
  return facts;
}

/**
 * 检查评价: once per check, after it. The scores are stored once per inspecting agency with only
 * their group (agency, year, kind), apart from the mark that the check was rated — so neither the
 * agency nor anyone reading the tables can tell which enterprise gave them. The audit trail
 * records that the enterprise rated, never the scores.
 */
export const rateCheckRoute = enterpriseMutation.input(ZRateRequest).mutation(async ({ ctx, input }) => {
  const facts = await doneCheck(ctx, input);
  if (!(await markCheckRated(ctx.db, ctx.scope, { checkKind: input.checkKind, checkId: input.checkId })))
    throw new DomainError('conflict', '这次检查已经评价过了', { reason: 'already_rated' });
  const scores = { conduct: input.conduct, burden: input.burden, improper: input.improper };
  await insertRatings(
    ctx.db,
    ctx.scope,
    facts.agencyIds.map((agencyId) => ({ agencyId, year: facts.year, checkKind: input.checkKind, ...scores })),
  );
  await ctx.audit.record({ action: 'enterprise.rate', subjectKind: 'object', subjectId: ctx.self.objectId, actorUserId: null });
  return { ok: true as const };
});

/** 投诉: after a check, to the leadership group. */
export const complainRoute = enterpriseMutation.input(ZComplainRequest).mutation(async ({ ctx, input }) => {
  await doneCheck(ctx, input);
  const id = await insertComplaint(ctx.db, ctx.scope, { objectId: ctx.self.objectId, checkKind: input.checkKind, checkId: input.checkId, body: input.body });
  await ctx.audit.record({ action: 'enterprise.complain', subjectKind: 'enterprise_complaint', subjectId: id, actorUserId: null });
  return { id };
});
