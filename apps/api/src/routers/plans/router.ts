import { router } from '../../trpc/init.js';
import { adjustPlanRoute } from './adjust-plan.js';
import { createPlanRoute } from './create-plan.js';
import { getPlanRoute } from './get-plan.js';
import { listPlansRoute } from './list-plans.js';
import { approvePlanRoute, publishPlanRoute, rejectPlanRoute, submitPlanRoute } from './step-plan.js';
import { updatePlanRoute } from './update-plan.js';

/** 年度抽查工作计划. */
export const plansRouter = router({
  list: listPlansRoute,
  get: getPlanRoute,
  create: createPlanRoute,
  update: updatePlanRoute,
  submit: submitPlanRoute,
  approve: approvePlanRoute,
  reject: rejectPlanRoute,
  publish: publishPlanRoute,
  adjust: adjustPlanRoute,
});
