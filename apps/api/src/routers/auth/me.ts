import { authedProcedure } from '../../trpc/init.js';

export const meRoute = authedProcedure.query(({ ctx }) => ({ user: ctx.user, expiresAt: ctx.session.expiresAt }));
