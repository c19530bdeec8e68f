import { sql } from 'kysely';
import type { NotificationKind } from '../schema/oversight.js';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion } from './rows-in-region.js';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** Who receives a notification: named users, or every active user of some agencies holding some roles. */
export type Recipients = { userIds: readonly string[] } | { agencyIds: readonly string[]; roles: readonly string[] };

/**
 * One row per recipient, in one statement whatever their number (INSERT … SELECT over the users),
 * in the caller's transaction. Returns how many were written.
 */
export async function insertNotifications(
  db: Executor,
  scope: RegionScope,
  to: Recipients,
  notice: { kind: NotificationKind; title: string; link: string },
): Promise<number> {
  let users = rowsInRegion(db, scope, 'appUser').where('appUser.status', '=', 'active');
  if ('userIds' in to) {
    if (to.userIds.length === 0) return 0;
    users = users.where('appUser.id', 'in', [...to.userIds]);
  } else {
    if (to.agencyIds.length === 0 || to.roles.length === 0) return 0;
    users = users.where('appUser.agencyId', 'in', [...to.agencyIds]).where(sql<boolean>`app_user.roles && ${sql.val([...to.roles])}::text[]`);
  }
  const result = await db
    .insertInto('notification')
    .columns(['regionCode', 'userId', 'kind', 'title', 'link'])
    .expression(
      users.select((eb) => [
        'appUser.regionCode',
        'appUser.id',
        eb.val(notice.kind).as('kind'),
        eb.val(notice.title.slice(0, 500)).as('title'),
        eb.val(notice.link).as('link'),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** A user's notifications, newest first, a page at a time after `before` (keyset: created_at, id). */
export async function listNotifications(
  db: Executor,
  scope: RegionScope,
  userId: string,
  page: { limit: number; before?: { createdAt: Date; id: string } | undefined },
): Promise<NotificationRow[]> {
  let query = rowsInRegion(db, scope, 'notification', { userId }).select(['id', 'kind', 'title', 'link', 'createdAt', 'readAt']);
  if (page.before) {
    const { createdAt, id } = page.before;
    query = query.where((eb) => eb.or([eb('createdAt', '<', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '<', id)])]));
  }
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
}

export async function countUnreadNotifications(db: Executor, scope: RegionScope, userId: string): Promise<number> {
  const row = await rowsInRegion(db, scope, 'notification', { userId })
    .where('readAt', 'is', null)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own notifications read (the given ones, or all); returns how many changed. */
export async function markNotificationsRead(db: Executor, scope: RegionScope, userId: string, ids: readonly string[] | 'all', at: Date): Promise<number> {
  let query = db
    .updateTable('notification')
    .set({ readAt: at })
    .where('regionCode', '=', scope.regionCode)
    .where('userId', '=', userId)
    .where('readAt', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', [...ids]);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** One of the user's own notifications (anyone else's is not found). */
export async function getNotification(db: Executor, scope: RegionScope, userId: string, id: string): Promise<NotificationRow | undefined> {
  return rowsInRegion(db, scope, 'notification', { userId, id }).select(['id', 'kind', 'title', 'link', 'createdAt', 'readAt']).executeTakeFirst();
}
