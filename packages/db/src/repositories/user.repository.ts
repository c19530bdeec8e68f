import type { Role } from '../schema/organisation.js';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export interface UserWithAgency {
  id: string;
  regionCode: string;
  regionName: string;
  username: string;
  displayName: string;
  roles: Role[];
  status: 'active' | 'disabled';
  agencyId: string | null;
  agencyName: string | null;
  agencyShortName: string | null;
  unitId: string | null;
  passwordHash: string;
}

const selectUser = (db: Executor) =>
  db
    .selectFrom('appUser as u')
    .innerJoin('region as r', 'r.code', 'u.regionCode')
    .leftJoin('agency as a', sameRegion('a.id', 'u.agencyId'))
    .select([
      'u.id',
      'u.regionCode',
      'r.name as regionName',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.status',
      'u.agencyId',
      'a.name as agencyName',
      'a.shortName as agencyShortName',
      'u.unitId',
      'u.passwordHash',
    ]);

/** Usernames are unique across the platform (login_name): login happens before the region is known. */
export async function findUserByUsername(db: Executor, username: string): Promise<UserWithAgency | undefined> {
  const login = await db.selectFrom('loginName').select(['regionCode', 'userId']).where('username', '=', username).executeTakeFirst();
  return login && findUserById(db, login.regionCode, login.userId);
}

export async function findUserById(db: Executor, regionCode: string, id: string): Promise<UserWithAgency | undefined> {
  const row = await selectUser(db).where('u.regionCode', '=', regionCode).where('u.id', '=', id).executeTakeFirst();
  return row as UserWithAgency | undefined;
}

/** Claim new users' names across the platform, in the transaction that inserts them: a name taken in any region is refused. */
export async function claimLoginNames(db: Executor, users: readonly { regionCode: string; id: string; username: string }[]): Promise<void> {
  if (users.length === 0) return;
  await db
    .insertInto('loginName')
    .values(users.map((u) => ({ username: u.username, regionCode: u.regionCode, userId: u.id })))
    .execute();
}

/** A user's own e-mail address for notifications (null: none). */
export async function getUserEmail(db: Executor, scope: RegionScope, userId: string): Promise<string | null> {
  const row = await rowsInRegion(db, scope, 'appUser', { id: userId }).select('email').executeTakeFirst();
  return row?.email ?? null;
}

export async function setUserEmail(db: Executor, scope: RegionScope, userId: string, email: string | null, at: Date): Promise<void> {
  await db.updateTable('appUser').set({ email, updatedAt: at }).where('regionCode', '=', scope.regionCode).where('id', '=', userId).execute();
}
