import { countUnreadNotifications, listNotifications } from '@liancha/db';
import { abilityQuery } from '../../trpc/init.js';
import { ZListNotificationsRequest } from './notification.schema.js';

/** The caller's own notifications, newest first, with how many are unread (the header's badge). */
export const listNotificationsRoute = abilityQuery.input(ZListNotificationsRequest).query(async ({ ctx, input }) => {
  const [rows, unread] = await Promise.all([
    listNotifications(ctx.db, ctx.scope, ctx.actor.userId, { limit: input.limit + 1, before: input.before }),
    countUnreadNotifications(ctx.db, ctx.scope, ctx.actor.userId),
  ]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page, unread, next: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
});
