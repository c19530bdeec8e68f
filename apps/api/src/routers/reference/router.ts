import { router } from '../../trpc/init.js';
import { getDirectoryRoute } from './get-directory.js';

/** Reference data: what a code is called. */
export const referenceRouter = router({ directory: getDirectoryRoute });
