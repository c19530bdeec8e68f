import { assertCan, subjectOf } from '@liancha/authz';
import { findCaseOfficers, getCampaign, getCaseCheck, getObject, insertCaseCheck } from '@liancha/db';
import { campaignCheckRefusal, caseOfficerIssues, caseWindowRefusal, dateInShanghai, DomainError } from '@liancha/domain';
import { presentCaseCheck } from '../../case-checks/present-case-check.js';
import { requireAgency } from '../../registry/require-agency.js';
import { abilityMutation } from '../../trpc/init.js';
import { canRead, found } from '../../trpc/access.js';
import { enforce } from '../../can/refusal.js';
import { ZRequestCaseCheck } from './case-check.schema.js';

/**
 * 行政检查审批 request for a 个案检查 of the caller's agency: the enterprise (one the agency may
 * read), the trigger, reason and legal basis, the window (not begun yet; an emergency has ended)
 * and at least two certified officers of the agency valid through its last day. A check under a
 * 专项检查 (`campaignId`, kind `campaign`) names the campaign instead of a trigger: only while the
 * campaign is published, by its own agency, inside its window.
 */
export const requestCaseCheckRoute = abilityMutation.input(ZRequestCaseCheck).mutation(async ({ ctx, input }) => {
  const agencyId = requireAgency(ctx.actor);
  const { officerIds, campaignId, trigger, ...rest } = input;
  const fields = campaignId
    ? { ...rest, agencyId, kind: 'campaign' as const, campaignId, trigger: null }
    : { ...rest, agencyId, kind: 'case' as const, campaignId: null, trigger: trigger ?? null };
  assertCan(
    ctx.ability,
    'create',
    subjectOf('CaseCheck', { id: '', regionCode: ctx.scope.regionCode, ...fields, status: 'submitted', requestedBy: ctx.actor.userId, officerIds }),
  );
  if (campaignId) {
    const campaign = found(await getCampaign(ctx.db, ctx.scope, canRead(ctx.ability, 'Campaign'), campaignId), 'Campaign');
    enforce(campaignCheckRefusal(campaign, { agencyId, windowFrom: input.windowFrom, windowTo: input.windowTo }));
  }
  const object = found(await getObject(ctx.db, ctx.scope, canRead(ctx.ability, 'Object'), input.objectId), 'Object');
  enforce(caseWindowRefusal({ from: input.windowFrom, to: input.windowTo }, dateInShanghai(ctx.now()), input.emergency));
  const officers = await findCaseOfficers(ctx.db, ctx.scope, officerIds);
  const byId = new Map(officers.map((o) => [o.id, o]));
  const missing = officerIds.findIndex((id) => !byId.has(id));
  if (missing >= 0) {
    throw new DomainError('bad_request', '所选执法人员不存在或已归档', {
      reason: 'case_check.officers',
      issues: [{ field: `officerIds.${missing}`, message: '执法人员不存在或已归档' }],
    });
  }
  const issues = caseOfficerIssues(
    officerIds.map((id) => byId.get(id)!),
    agencyId,
    input.windowTo,
  );
  if (issues.length > 0)
    throw new DomainError('bad_request', `执法人员不符合要求：${issues.map((i) => i.message).join('；')}`, { reason: 'case_check.officers', issues });
  const id = await insertCaseCheck(ctx.db, ctx.scope, { ...fields, objectId: object.id }, officerIds, ctx.actor.userId);
  await ctx.audit.record({ action: 'case_check.request', subjectKind: 'case_check', subjectId: id, after: { ...fields, officerIds } });
  return presentCaseCheck(found(await getCaseCheck(ctx.db, ctx.scope, canRead(ctx.ability, 'CaseCheck'), id), 'CaseCheck'));
});
