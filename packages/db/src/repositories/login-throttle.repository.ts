import type { Selectable } from 'kysely';
import type { LoginThrottleKind, LoginThrottleTable } from '../schema/login-throttle.js';
import type { Role } from '../schema/organisation.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export type LoginThrottleRow = Selectable<LoginThrottleTable>;
export interface LoginThrottleKey {
  keyKind: LoginThrottleKind;
  key: string;
}

/**
 * The throttle rows of these keys, made when missing and locked FOR UPDATE until the
 * transaction ends, in one fixed order (account before address) so that two attempts never
 * wait on each other's rows crosswise. Concurrent attempts on one key (several API workers)
 * therefore see each other's counts.
 */
export async function lockLoginThrottleRows(trx: Executor, keys: LoginThrottleKey[]): Promise<LoginThrottleRow[]> {
  if (!trx.isTransaction) throw new Error('lockLoginThrottleRows must run inside a transaction');
  if (keys.length === 0) return [];
  await trx
    .insertInto('loginThrottle')
    .values(keys.map((k) => ({ keyKind: k.keyKind, key: k.key })))
    .onConflict((oc) => oc.columns(['keyKind', 'key']).doNothing())
    .execute();
  return trx
    .selectFrom('loginThrottle')
    .selectAll()
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('keyKind', '=', k.keyKind), eb('key', '=', k.key)]))))
    .orderBy('keyKind')
    .orderBy('key')
    .forUpdate()
    .execute();
}

/** Store a row's new state (its key is not changed). */
export async function saveLoginThrottleRow(db: Executor, row: LoginThrottleRow, at: Date): Promise<void> {
  const { keyKind, key, updatedAt: _updatedAt, ...state } = row;
  await db
    .updateTable('loginThrottle')
    .set({ ...state, updatedAt: at })
    .where('keyKind', '=', keyKind)
    .where('key', '=', key)
    .execute();
}

/** Forget a key entirely: a successful login of the account, or a lock lifted by an admin. */
export async function deleteLoginThrottleRow(db: Executor, key: LoginThrottleKey): Promise<void> {
  await db.deleteFrom('loginThrottle').where('keyKind', '=', key.keyKind).where('key', '=', key.key).execute();
}

/** Rows nobody touched since `before` and not locked past it: their counts are forgotten anyway. */
export async function pruneLoginThrottle(db: Executor, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('loginThrottle')
    .where('updatedAt', '<', before)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', before)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface LockedAccountRow {
  userId: string;
  username: string;
  displayName: string;
  /** The user's fields the User rules name, for the in-memory check before a lock is lifted. */
  regionCode: string;
  unitId: string | null;
  roles: Role[];
  status: 'active' | 'disabled';
  agencyId: string | null;
  agencyShortName: string | null;
  failures: number;
  refused: number;
  lastFailureAt: Date | null;
  lockedAt: Date;
  lockedUntil: Date;
}

/** Locked accounts of the region's users that `access` reaches (a lock on a name that is no user is never listed). */
const selectLockedAccounts = (db: Executor, scope: RegionScope, access: AccessFilter<'appUser'>, now: Date) =>
  rowsInRegion(db, scope, 'appUser')
    .innerJoin('loginThrottle as t', (join) => join.onRef('t.key', '=', 'appUser.username').on('t.keyKind', '=', 'account'))
    .leftJoin('agency as a', sameRegion('a.id', 'appUser.agencyId'))
    .select([
      'appUser.id as userId',
      'appUser.username',
      'appUser.displayName',
      'appUser.regionCode',
      'appUser.unitId',
      'appUser.roles',
      'appUser.status',
      'appUser.agencyId',
      'a.shortName as agencyShortName',
      't.failures',
      't.refused',
      't.lastFailureAt',
      't.lockedAt',
      't.lockedUntil',
    ])
    .where('t.lockedUntil', '>', now)
    .where(access);

export async function listLockedAccounts(db: Executor, scope: RegionScope, access: AccessFilter<'appUser'>, now: Date): Promise<LockedAccountRow[]> {
  const rows = await selectLockedAccounts(db, scope, access, now).orderBy('t.lockedAt', 'desc').orderBy('appUser.username').execute();
  return rows as LockedAccountRow[];
}

export async function getLockedAccount(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'appUser'>,
  userId: string,
  now: Date,
): Promise<LockedAccountRow | undefined> {
  const row = await selectLockedAccounts(db, scope, access, now).where('appUser.id', '=', userId).executeTakeFirst();
  return row as LockedAccountRow | undefined;
}
