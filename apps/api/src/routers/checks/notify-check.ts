import { advanceCheck } from '../../checks/advance-check.js';
import type { Notice } from '../../checks/check-notice.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZNoticeRequest } from './check.schema.js';

/** 检查通知书 for one check; its day must lie inside the task's inspection window. */
export const notifyCheckRoute = abilityMutation.input(ZNoticeRequest).mutation(async ({ ctx, input }) => {
  const { checkId, ...notice } = input;
  const { patch } = await advanceCheck(ctx, checkId, { step: 'notify', notice });
  // A notify step always writes the notice it built.
  return (patch as { notice: Notice }).notice;
});
