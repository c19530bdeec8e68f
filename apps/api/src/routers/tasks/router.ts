import { router } from '../../trpc/init.js';
import { approveTaskChecksRoute } from './approve-task-checks.js';
import { batchQuotasRoute } from './batch-quotas.js';
import { configureTaskRoute } from './configure-task.js';
import { createTaskRoute } from './create-task.js';
import { getTaskRoute } from './get-task.js';
import { listTasksRoute } from './list-tasks.js';
import { previewTaskRoute } from './preview-task.js';
import { respondTaskRoute } from './respond-task.js';
import { setTaskInspectorsRoute } from './set-task-inspectors.js';
import { setTaskItemsRoute } from './set-task-items.js';
import { taskCapWarningsRoute } from './task-cap-warnings.js';

/** 联合抽查任务. */
export const tasksRouter = router({
  list: listTasksRoute,
  get: getTaskRoute,
  create: createTaskRoute,
  respond: respondTaskRoute,
  approveChecks: approveTaskChecksRoute,
  setItems: setTaskItemsRoute,
  setInspectors: setTaskInspectorsRoute,
  configure: configureTaskRoute,
  preview: previewTaskRoute,
  batchQuotas: batchQuotasRoute,
  capWarnings: taskCapWarningsRoute,
});
