import { randomBytes } from 'node:crypto';
import { completeCaseCheck, decideCaseCheck, withdrawCaseCheck, type CaseCheckRow } from '@liancha/db';
import { caseEndedOnRefusal, dateInShanghai, inspectionCodeFrom } from '@liancha/domain';
import { advanceCaseCheck } from '../../case-checks/advance-case-check.js';
import { presentCaseCheck } from '../../case-checks/present-case-check.js';
import { enforce } from '../../can/refusal.js';
import { assertCampaignCheckCap } from '../../inspection-caps/campaign-cap.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCaseCheckDecision, ZCaseCheckRejection, ZCaseCheckStepRequest, ZCompleteCaseCheck } from './case-check.schema.js';

/**
 * 批准 (the agency head): the check may take place (an emergency one is approved afterwards) and gets
 * its 检查码 — a secret, not a draw: it comes from the system's random source, never a seed.
 */
export const approveCaseCheckRoute = abilityMutation.input(ZCaseCheckDecision).mutation(async ({ ctx, input }) => {
  const note = input.note || null;
  const inspectionCode = inspectionCodeFrom(randomBytes(12));
  const decide = async (before: CaseCheckRow) => {
    // A 专项 check of the agency's own past its 年度检查频次上限: only with the head's stated exemption, recorded.
    if (before.kind === 'campaign') {
      await assertCampaignCheckCap(ctx.db, ctx.scope, {
        agencyId: before.agencyId,
        agencyName: before.agencyName,
        objectId: before.objectId,
        year: Number(before.windowFrom.slice(0, 4)),
        deployedByHigherLevel: before.campaignLevel === 'higher',
        checkRef: before.id,
        approval: input.capExemption ? { approver: ctx.actor, statedExemption: input.capExemption } : null,
        at: ctx.now(),
      });
    }
    return decideCaseCheck(ctx.db, ctx.scope, input.id, { status: 'approved', inspectionCode, by: ctx.actor.userId, at: ctx.now(), note });
  };
  return presentCaseCheck(
    await advanceCaseCheck(ctx, input.id, 'approve', decide, { note, ...(input.capExemption ? { capExemption: input.capExemption } : {}) }),
  );
});

/** 不予批准 (the agency head), with the reason. */
export const rejectCaseCheckRoute = abilityMutation.input(ZCaseCheckRejection).mutation(async ({ ctx, input }) => {
  const decide = () => decideCaseCheck(ctx.db, ctx.scope, input.id, { status: 'rejected', by: ctx.actor.userId, at: ctx.now(), note: input.note });
  return presentCaseCheck(await advanceCaseCheck(ctx, input.id, 'reject', decide, { note: input.note }));
});

/** 登记检查情况: the day it ended (within the approved window, not in the future) and what was found. */
export const completeCaseCheckRoute = abilityMutation.input(ZCompleteCaseCheck).mutation(async ({ ctx, input }) => {
  const complete = async (before: { windowFrom: string; windowTo: string }) => {
    enforce(caseEndedOnRefusal(input.endedOn, { from: before.windowFrom, to: before.windowTo }, dateInShanghai(ctx.now())));
    return completeCaseCheck(ctx.db, ctx.scope, input.id, { endedOn: input.endedOn, findings: input.findings, at: ctx.now() });
  };
  return presentCaseCheck(await advanceCaseCheck(ctx, input.id, 'complete', complete, { endedOn: input.endedOn }));
});

/** 撤回: the office takes back a request not yet decided, or an approved check not carried out. */
export const withdrawCaseCheckRoute = abilityMutation.input(ZCaseCheckStepRequest).mutation(async ({ ctx, input }) => {
  const withdraw = (before: { status: 'submitted' | 'approved' | 'rejected' | 'done' | 'withdrawn' }) =>
    withdrawCaseCheck(ctx.db, ctx.scope, input.id, before.status, ctx.now());
  return presentCaseCheck(await advanceCaseCheck(ctx, input.id, 'withdraw', withdraw));
});
