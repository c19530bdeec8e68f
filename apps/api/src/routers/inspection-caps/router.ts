import { router } from '../../trpc/init.js';
import { capBreachesRoute } from './cap-breaches.js';
import { capFiguresRoute } from './cap-figures.js';
import { capHistoryRoute } from './cap-history.js';
import { capReportRoute } from './cap-report.js';
import { capWarningsRoute } from './cap-warnings.js';
import { enterpriseLedgerRoute } from './enterprise-ledger.js';
import { listCapsRoute } from './list-caps.js';
import { publishCapsRoute } from './publish-caps.js';

/** 年度检查频次上限 (frequencyCapLedger): the caps agencies publish, the ledger held against them, warnings and figures. */
export const inspectionCapsRouter = router({
  list: listCapsRoute,
  history: capHistoryRoute,
  publish: publishCapsRoute,
  ledger: enterpriseLedgerRoute,
  warnings: capWarningsRoute,
  figures: capFiguresRoute,
  breaches: capBreachesRoute,
  report: capReportRoute,
});
