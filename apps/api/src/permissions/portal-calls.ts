import { insertNotifications } from '@liancha/db';
import type { callerFor } from '../testing/caller.js';
import type { MatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<typeof callerFor>>;
type Call = (api: Api, world: MatrixWorld, relation: Relation) => Promise<unknown>;

/** How to call the procedures of PORTAL_MATRIX. */
export const PORTAL_CALLS: Record<string, Call> = {
  'reference.directory': (api) => api.reference.directory(),
  'home.todo': (api) => api.home.todo(),
  'notifications.list': (api) => api.notifications.list({}),
  // The caller's own notification, written for it first (a caller without a session has none).
  'notifications.read': async (api, w) => {
    const { user } = await api.auth.me();
    await insertNotifications(w.db, { regionCode: user.regionCode }, { userIds: [user.id] }, { kind: 'import_finished', title: '测试', link: '/' });
    const { rows } = await api.notifications.list({ limit: 1 });
    return api.notifications.read({ id: rows[0]!.id });
  },
  'notifications.readAll': (api) => api.notifications.readAll(),
  'users.ownEmail': (api) => api.users.ownEmail(),
  'users.setOwnEmail': (api) => api.users.setOwnEmail({ email: '' }),
};
