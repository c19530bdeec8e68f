import { router } from '../../trpc/init.js';
import { approveCaseCheckRoute, completeCaseCheckRoute, rejectCaseCheckRoute, withdrawCaseCheckRoute } from './case-check-steps.js';
import { getCaseCheckRoute } from './get-case-check.js';
import { listCaseChecksRoute } from './list-case-checks.js';
import { requestCaseCheckRoute } from './request-case-check.js';

/** 个案检查: requested (行政检查审批) → approved or rejected by the agency head → done; withdrawn by the office. */
export const caseChecksRouter = router({
  list: listCaseChecksRoute,
  get: getCaseCheckRoute,
  request: requestCaseCheckRoute,
  approve: approveCaseCheckRoute,
  reject: rejectCaseCheckRoute,
  complete: completeCaseCheckRoute,
  withdraw: withdrawCaseCheckRoute,
});
