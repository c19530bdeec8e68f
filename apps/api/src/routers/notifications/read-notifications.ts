import { getNotification, markNotificationsRead } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { abilityMutation } from '../../trpc/init.js';
import { ZReadNotificationRequest } from './notification.schema.js';

/** Opening a notification marks it read and answers where it leads. Only the caller's own. */
export const readNotificationRoute = abilityMutation.input(ZReadNotificationRequest).mutation(async ({ ctx, input }) => {
  // Owner-only by the query itself: another user's notification is simply not found.
  const row = await getNotification(ctx.db, ctx.scope, ctx.actor.userId, input.id);
  if (!row) throw new DomainError('not_found', '通知不存在', { reason: 'notification_not_found' });
  const changed = await markNotificationsRead(ctx.db, ctx.scope, ctx.actor.userId, [row.id], ctx.now());
  await ctx.audit.record({ action: 'notification.read', subjectKind: 'notification', subjectId: row.id, after: { changed } });
  return { link: row.link };
});

export const readAllNotificationsRoute = abilityMutation.mutation(async ({ ctx }) => {
  const changed = await markNotificationsRead(ctx.db, ctx.scope, ctx.actor.userId, 'all', ctx.now());
  await ctx.audit.record({ action: 'notification.readAll', subjectKind: 'notification', subjectId: ctx.actor.userId, after: { changed } });
  return { changed };
});
