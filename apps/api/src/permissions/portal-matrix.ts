import type { MatrixRow } from './permission-matrix.js';

const loggedIn = { public: 'N', enterprise: 'N', platformAdmin: 'Y', agencyAdmin: 'Y', coordinator: 'Y', inspector: 'Y', agencyLeader: 'Y', leadership: 'Y' };

/** Rows of the permission matrix for what the portals read to draw a page: reference data, the home page's to-do. */
export const PORTAL_MATRIX: Record<string, MatrixRow> = {
  // Names behind codes: every logged-in user of the region (the answer is the caller's region only).
  'reference.directory': { expect: loggedIn },
  // The home page: anyone logged in gets their own panels (none without an agency); never another's.
  'home.todo': { expect: loggedIn },
  // 通知: each user's own list; reading one is only of one's own (another's is not found).
  'notifications.list': { expect: loggedIn },
  'notifications.read': { expect: loggedIn },
  'notifications.readAll': { expect: loggedIn },
  // The caller's own address for notification e-mail (nobody reads or sets another's).
  'users.ownEmail': { expect: loggedIn },
  'users.setOwnEmail': { expect: loggedIn },
};
