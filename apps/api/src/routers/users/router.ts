import { router } from '../../trpc/init.js';
import { liftLoginLockRoute } from './lift-login-lock.js';
import { listLoginLocksRoute } from './list-login-locks.js';

export const usersRouter = router({ locks: router({ list: listLoginLocksRoute, lift: liftLoginLockRoute }) });
