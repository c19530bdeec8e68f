import { router } from '../../trpc/init.js';
import { loginRoute } from './login.js';
import { logoutRoute } from './logout.js';
import { meRoute } from './me.js';

export const authRouter = router({ login: loginRoute, logout: logoutRoute, me: meRoute });
