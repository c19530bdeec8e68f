import { router } from '../../../trpc/init.js';
import { archiveConflictRoute } from './archive-conflict.js';
import { createConflictRoute } from './create-conflict.js';
import { listConflictsRoute } from './list-conflicts.js';

export const conflictsRouter = router({ list: listConflictsRoute, create: createConflictRoute, archive: archiveConflictRoute });
