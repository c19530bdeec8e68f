import { router } from '../../trpc/init.js';
import { decideRecusalRoute } from './decide-recusal.js';
import { listRecusalsRoute } from './list-recusals.js';

/** 回避申请 from enterprises, decided by the head of the officer's agency. */
export const recusalsRouter = router({ list: listRecusalsRoute, decide: decideRecusalRoute });
