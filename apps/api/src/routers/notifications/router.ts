import { router } from '../../trpc/init.js';
import { listNotificationsRoute } from './list-notifications.js';
import { readAllNotificationsRoute, readNotificationRoute } from './read-notifications.js';

/** 通知: each user's own in-app list (with its unread count; auth.me carries the count for every page's header). */
export const notificationsRouter = router({ list: listNotificationsRoute, read: readNotificationRoute, readAll: readAllNotificationsRoute });
