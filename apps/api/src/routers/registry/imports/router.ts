import { router } from '../../../trpc/init.js';
import { commitImportRoute } from './commit-import.js';
import { exportRegistryRoute } from './export-registry.js';
import { importIssuesRoute } from './import-issues.js';
import { importStatusRoute } from './import-status.js';
import { importTemplateRoute } from './import-template.js';
import { refusedRowsRoute } from './refused-rows.js';
import { startImportRoute } from './start-import.js';

export const importsRouter = router({
  start: startImportRoute,
  status: importStatusRoute,
  issues: importIssuesRoute,
  commit: commitImportRoute,
  refused: refusedRowsRoute,
  template: importTemplateRoute,
  export: exportRegistryRoute,
});
