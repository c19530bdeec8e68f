import type { callerFor } from '../testing/caller.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

/** How to call the procedures of PORTAL_MATRIX. */
export const PORTAL_CALLS: Record<string, Call> = { 'reference.directory': (api) => api.reference.directory(), 'home.todo': (api) => api.home.todo() };
