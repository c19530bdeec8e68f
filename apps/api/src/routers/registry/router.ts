import { router } from '../../trpc/init.js';
import { conflictsRouter } from './conflicts/router.js';
import { importsRouter } from './imports/router.js';
import { inspectorsRouter } from './inspectors/router.js';
import { itemsRouter } from './items/router.js';
import { objectsRouter } from './objects/router.js';
import { tagsRouter } from './tags/router.js';

/** 一单两库: the item list, the object directory, the inspector directory, plus conflicts and tags. */
export const registryRouter = router({
  items: itemsRouter,
  objects: objectsRouter,
  inspectors: inspectorsRouter,
  conflicts: conflictsRouter,
  tags: tagsRouter,
  imports: importsRouter,
});
