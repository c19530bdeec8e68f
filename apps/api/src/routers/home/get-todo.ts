import { todoPanels } from '../../home/todo-panels.js';
import { abilityQuery } from '../../trpc/init.js';
import { ZTodo } from './todo.schema.js';

/** The caller's home page in one call: every panel of what needs it now (tasks, approvals, checks, 公示, 督办, overdue items). */
export const getTodoRoute = abilityQuery.output(ZTodo).query(async ({ ctx }) => ({ panels: await todoPanels(ctx) }));
