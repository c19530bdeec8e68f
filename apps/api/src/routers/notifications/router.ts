import { router } from '../../trpc/init.js';
import { listNotificationsRoute, unreadNotificationsRoute } from './list-notifications.js';
import { readAllNotificationsRoute, readNotificationRoute } from './read-notifications.js';

/** 通知: each user's own in-app list and its unread count. */
export const notificationsRouter = router({
  list: listNotificationsRoute,
  unread: unreadNotificationsRoute,
  read: readNotificationRoute,
  readAll: readAllNotificationsRoute,
});
