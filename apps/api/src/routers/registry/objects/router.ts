import { router } from '../../../trpc/init.js';
import { archiveObjectRoute } from './archive-object.js';
import { createObjectRoute } from './create-object.js';
import { getObjectRoute } from './get-object.js';
import { listObjectsRoute } from './list-objects.js';
import { updateObjectRoute } from './update-object.js';

export const objectsRouter = router({
  list: listObjectsRoute,
  get: getObjectRoute,
  create: createObjectRoute,
  update: updateObjectRoute,
  archive: archiveObjectRoute,
});
