import { router } from '../../trpc/init.js';
import { liftLoginLockRoute } from './lift-login-lock.js';
import { listLoginLocksRoute } from './list-login-locks.js';
import { ownEmailRoute, setOwnEmailRoute } from './own-email.js';

export const usersRouter = router({
  locks: router({ list: listLoginLocksRoute, lift: liftLoginLockRoute }),
  /** The caller's own notification e-mail address. */
  ownEmail: ownEmailRoute,
  setOwnEmail: setOwnEmailRoute,
});
