import { router } from '../../trpc/init.js';
import { correctPublicationRoute } from './correct-publication.js';
import { getPublicationBundleRoute, getPublicationRoute } from './get-publication.js';
import { listDueRoute } from './list-due.js';
import { listOverdueRoute } from './list-overdue.js';
import { listPublicationsRoute } from './list-publications.js';
import { publishItemListRoute } from './publish-item-list.js';
import { publishResultsRoute } from './publish-results.js';
import { publishTaskRoute } from './publish-task.js';

/** 公示: public reading (no login), publishing by the agency's coordinator, corrections, deadlines. */
export const publicationsRouter = router({
  list: listPublicationsRoute,
  get: getPublicationRoute,
  bundle: getPublicationBundleRoute,
  publishTask: publishTaskRoute,
  publishResults: publishResultsRoute,
  publishItemList: publishItemListRoute,
  correct: correctPublicationRoute,
  due: listDueRoute,
  overdue: listOverdueRoute,
});
