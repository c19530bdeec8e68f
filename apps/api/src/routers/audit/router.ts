import { router } from '../../trpc/init.js';
import { listAuditEventsRoute } from './list-audit-events.js';
import { verifyAuditChainRoute } from './verify-audit-chain.js';

export const auditRouter = router({ list: listAuditEventsRoute, verify: verifyAuditChainRoute });
