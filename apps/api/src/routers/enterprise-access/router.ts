import { router } from '../../trpc/init.js';
import { issueCodeRoute } from './issue-code.js';

/** The staff's side of the enterprise's area: activation codes handed over by an agency. */
export const enterpriseAccessRouter = router({ issueCode: issueCodeRoute });
