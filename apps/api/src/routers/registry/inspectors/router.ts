import { router } from '../../../trpc/init.js';
import { archiveInspectorRoute } from './archive-inspector.js';
import { createInspectorRoute } from './create-inspector.js';
import { getInspectorRoute } from './get-inspector.js';
import { listInspectorsRoute } from './list-inspectors.js';
import { updateInspectorRoute } from './update-inspector.js';

export const inspectorsRouter = router({
  list: listInspectorsRoute,
  get: getInspectorRoute,
  create: createInspectorRoute,
  update: updateInspectorRoute,
  archive: archiveInspectorRoute,
});
