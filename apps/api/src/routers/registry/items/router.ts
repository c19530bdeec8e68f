import { router } from '../../../trpc/init.js';
import { archiveItemRoute } from './archive-item.js';
import { createItemRoute } from './create-item.js';
import { getItemRoute } from './get-item.js';
import { listItemsRoute } from './list-items.js';
import { publishItemRoute } from './publish-item.js';
import { updateItemRoute } from './update-item.js';

export const itemsRouter = router({
  list: listItemsRoute,
  get: getItemRoute,
  create: createItemRoute,
  update: updateItemRoute,
  archive: archiveItemRoute,
  publish: publishItemRoute,
});
