import { dateInShanghai } from '@liancha/domain';
import { runHazardEvent } from '../../hazards/run-hazard-event.js';
import { abilityMutation } from '../../trpc/init.js';
import {
  ZAcceptRequest,
  ZEscalateRequest,
  ZFilePlanRequest,
  ZPutUnderSupervisionRequest,
  ZReinspectRequest,
  ZReportProgressRequest,
  ZReportRectifiedRequest,
  ZRequestAcceptanceRequest,
  ZWriteOffRequest,
} from './hazard.schema.js';

/*
 * The hazard workflow's steps, one procedure each; the rules live in hazards/hazard-state.ts.
 * Dates a user may leave out default to today (in China).
 */
const today = (now: () => Date) => dateInShanghai(now());

/** 企业报告整改完成 (ordinary). */
export const reportRectifiedRoute = abilityMutation
  .input(ZReportRectifiedRequest)
  .mutation(({ ctx, input }) => runHazardEvent(ctx, input.id, { type: 'reportRectified', on: input.rectifiedOn ?? today(ctx.now), note: input.note }));

/** 复查: passed closes the hazard; failed reopens it with a new deadline (ordinary). */
export const reinspectRoute = abilityMutation
  .input(ZReinspectRequest)
  .mutation(({ ctx, input }) =>
    runHazardEvent(ctx, input.id, {
      type: 'reinspect',
      on: input.reinspectedOn ?? today(ctx.now),
      passed: input.passed,
      newDeadline: input.newDeadline,
      note: input.note,
    }),
  );

/** 挂牌督办: level, supervising body, deadline (major). */
export const putUnderSupervisionRoute = abilityMutation
  .input(ZPutUnderSupervisionRequest)
  .mutation(({ ctx, input }) =>
    runHazardEvent(ctx, input.id, {
      type: 'putUnderSupervision',
      level: input.listingLevel,
      supervisingBody: input.supervisingBody,
      deadline: input.listingDeadline,
      note: input.note,
    }),
  );

/** 五落实整改方案: 责任、措施、资金、时限、预案, all five (may be revised while listed). */
export const filePlanRoute = abilityMutation
  .input(ZFilePlanRequest)
  .mutation(({ ctx, input }) => runHazardEvent(ctx, input.id, { type: 'filePlan', plan: input.plan, note: input.note }));

/** 整改进展报告, any number while listed or escalated. */
export const reportProgressRoute = abilityMutation
  .input(ZReportProgressRequest)
  .mutation(({ ctx, input }) => runHazardEvent(ctx, input.id, { type: 'reportProgress', on: input.reportedOn ?? today(ctx.now), note: input.note }));

/** 企业申请验收: opens the 10-day acceptance window. */
export const requestAcceptanceRoute = abilityMutation
  .input(ZRequestAcceptanceRequest)
  .mutation(({ ctx, input }) => runHazardEvent(ctx, input.id, { type: 'requestAcceptance', on: input.requestedOn ?? today(ctx.now), note: input.note }));

/** 现场验收: passed → awaiting 核销; failed → rectification continues. A late one is flagged, not refused. */
export const acceptRoute = abilityMutation
  .input(ZAcceptRequest)
  .mutation(({ ctx, input }) =>
    runHazardEvent(ctx, input.id, { type: 'accept', on: input.acceptedOn ?? today(ctx.now), passed: input.passed, note: input.note }),
  );

/** 核销 and 同意恢复生产经营: the agency leader's approval. */
export const writeOffRoute = abilityMutation
  .input(ZWriteOffRequest)
  .mutation(({ ctx, input }) => runHazardEvent(ctx, input.id, { type: 'writeOff', note: input.note }));

/** 升级处置 of an overdue listed hazard: 约谈、通报批评、暂扣许可、责令停产、失信. */
export const escalateRoute = abilityMutation
  .input(ZEscalateRequest)
  .mutation(({ ctx, input }) => runHazardEvent(ctx, input.id, { type: 'escalate', measures: input.measures, note: input.note }));
