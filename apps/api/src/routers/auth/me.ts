import { countUnreadNotifications } from '@liancha/db';
import { authedProcedure } from '../../trpc/init.js';

/**
 * The signed-in user, the session's end, and how many of the user's notifications are unread: every
 * portal page asks this once, so the header's badge costs no request of its own.
 */
export const meRoute = authedProcedure.query(async ({ ctx }) => ({
  user: ctx.user,
  expiresAt: ctx.session.expiresAt,
  unread: await countUnreadNotifications(ctx.db, { regionCode: ctx.user.regionCode }, ctx.user.id),
}));
