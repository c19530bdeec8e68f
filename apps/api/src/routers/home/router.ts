import { router } from '../../trpc/init.js';
import { getTodoRoute } from './get-todo.js';

/** The portal's home page (工作台). */
export const homeRouter = router({ todo: getTodoRoute });
