import { insertHazard } from '@liancha/db';
import { dateInShanghai, DomainError, type DomainIssue } from '@liancha/domain';
import { authorizeObjectOutcome } from '../../follow-ups/outcome-check.js';
import { loadHazardDetail } from '../../hazards/run-hazard-event.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCreateHazardRequest } from './hazard.schema.js';

/**
 * Record a hazard (隐患) for the caller's agency: from a check (an inspector on its team or
 * the coordinator) or outside any check (the coordinator). It starts open, with the
 * rectification deadline of the 限期整改 order; a major one then goes to 挂牌督办.
 */
export const createHazardRoute = abilityMutation.input(ZCreateHazardRequest).mutation(async ({ ctx, input }) => {
  const owner = await authorizeObjectOutcome(ctx, input, 'Hazard', { status: 'open', severity: input.severity });
  const today = dateInShanghai(ctx.now());
  const foundOn = input.foundOn ?? today;
  const issues: DomainIssue[] = [];
  if (foundOn > today) issues.push({ field: 'foundOn', message: `发现日期（${foundOn}）不能晚于今天（${today}）` });
  if (input.rectificationDeadline < foundOn)
    issues.push({ field: 'rectificationDeadline', message: `整改期限（${input.rectificationDeadline}）不能早于发现日期（${foundOn}）` });
  if (issues.length > 0) throw new DomainError('bad_request', issues.map((i) => i.message).join('；'), { reason: 'hazard.bad_date', issues });

  const fields = { ...owner, severity: input.severity, description: input.description, foundOn, rectificationDeadline: input.rectificationDeadline };
  const id = await insertHazard(ctx.db, ctx.scope, fields, ctx.actor.userId);
  await ctx.audit.record({ action: 'hazard.create', subjectKind: 'hazard', subjectId: id, after: fields });
  return loadHazardDetail(ctx, id);
});
