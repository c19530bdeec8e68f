import { sql } from 'kysely';
import type { EmailState, NotificationKind } from '../schema/oversight.js';
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
    .columns(['regionCode', 'userId', 'kind', 'title', 'link', 'emailState'])
    .expression(
      users.select((eb) => [
        'appUser.regionCode',
        'appUser.id',
        eb.val(notice.kind).as('kind'),
        eb.val(notice.title.slice(0, 500)).as('title'),
        eb.val(notice.link).as('link'),
        // A user with an address gets it by e-mail too, if the platform sends mail (queued here, sent by the mailer).
        eb
          .case()
          .when('appUser.email', 'is not', null)
          .then(sql<EmailState>`'pending'`)
          .else(null)
          .end()
          .as('emailState'),
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

export interface PendingEmail {
  regionCode: string;
  id: string;
  title: string;
  link: string;
  email: string;
  displayName: string;
  attempts: number;
}

/**
 * The oldest queued e-mails of a region created since `since`, locked for this sender (another API
 * process skips them), and every older queued one marked expired: mail a day late is no help.
 */
export async function claimPendingEmails(db: Executor, scope: RegionScope, since: Date, limit: number): Promise<PendingEmail[]> {
  await db
    .updateTable('notification')
    .set({ emailState: 'expired' })
    .where('regionCode', '=', scope.regionCode)
    .where('emailState', '=', 'pending')
    .where('createdAt', '<', since)
    .execute();
  return rowsInRegion(db, scope, 'notification as n')
    .innerJoin('appUser as u', (join) => join.onRef('u.id', '=', 'n.userId').onRef('u.regionCode', '=', 'n.regionCode'))
    .where('n.emailState', '=', 'pending')
    .where('u.email', 'is not', null)
    .select(['n.regionCode', 'n.id', 'n.title', 'n.link', 'u.email', 'u.displayName', 'n.emailAttempts as attempts'])
    .$narrowType<{ email: string }>()
    .orderBy('n.createdAt')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** After a try: sent, or one more failed attempt (given up at `maxAttempts`). */
export async function recordEmailAttempt(
  db: Executor,
  scope: RegionScope,
  id: string,
  outcome: { sent: boolean; maxAttempts: number },
  at: Date,
): Promise<void> {
  await db
    .updateTable('notification')
    .set((eb) =>
      outcome.sent
        ? { emailState: 'sent', emailedAt: at, emailAttempts: eb('emailAttempts', '+', 1) }
        : {
            emailAttempts: eb('emailAttempts', '+', 1),
            emailState: eb
              .case()
              .when('emailAttempts', '>=', outcome.maxAttempts - 1)
              .then(sql<EmailState>`'failed'`)
              .else(sql<EmailState>`'pending'`)
              .end(),
          },
    )
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id)
    .execute();
}
