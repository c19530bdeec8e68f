import type { Executor, RegionScope } from './executor.js';
import { findUserById, type UserWithAgency } from './user.repository.js';

export interface NewSession {
  id: string;
  userId: string;
  regionCode: string;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

export interface SessionRow {
  id: string;
  userId: string;
  regionCode: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

export async function insertSession(db: Executor, session: NewSession): Promise<void> {
  await db.insertInto('userSession').values(session).execute();
}

/** The session row whatever its state: the caller tells expired from revoked. */
export async function findSession(db: Executor, id: string): Promise<(SessionRow & { user: UserWithAgency }) | undefined> {
  const session = await db
    .selectFrom('userSession')
    .select(['id', 'userId', 'regionCode', 'createdAt', 'expiresAt', 'lastSeenAt', 'revokedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await findUserById(db, session.regionCode, session.userId);
  return user ? { ...session, user } : undefined;
}

export async function touchSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('userSession').set({ lastSeenAt: at }).where('id', '=', id).execute();
}

export async function revokeSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('userSession').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
}

/** Revoke every live session of a user (password change, account disabled). */
export async function revokeUserSessions(db: Executor, scope: RegionScope, userId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('userSession')
    .set({ revokedAt: at })
    .where('regionCode', '=', scope.regionCode)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
