import { router } from '../../../trpc/init.js';
import { archiveTagRoute } from './archive-tag.js';
import { createTagRoute } from './create-tag.js';
import { listTagsRoute } from './list-tags.js';
import { renameTagRoute } from './rename-tag.js';

export const tagsRouter = router({ list: listTagsRoute, create: createTagRoute, rename: renameTagRoute, archive: archiveTagRoute });
