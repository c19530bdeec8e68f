import { checkIn, checkOut, explainNoCheckIn } from '../../checks/check-presence.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZCheckInRequest, ZCheckRequest, ZExplainNoCheckInRequest } from './check.schema.js';

/** 扫码签到: the team at the enterprise's door, by its licence code; the visit starts if it has not. */
export const checkInRoute = abilityMutation.input(ZCheckInRequest).mutation(({ ctx, input }) => checkIn(ctx, input.checkId, input.uscc));

/** 签退: the team leaves; a visit under way ends today. */
export const checkOutRoute = abilityMutation.input(ZCheckRequest).mutation(({ ctx, input }) => checkOut(ctx, input.checkId));

/** Why there was no check-in (no licence code at the site, a dead phone): results may then be recorded. */
export const explainNoCheckInRoute = abilityMutation
  .input(ZExplainNoCheckInRequest)
  .mutation(({ ctx, input }) => explainNoCheckIn(ctx, input.checkId, input.reason));
