import type { Executor } from '../repositories/executor.js';
import type { Role, TagDimension, UnitKind } from '../schema/organisation.js';
import { claimLoginNames } from '../repositories/user.repository.js';
import { suffix } from './suffix.js';

/** A national sector (行业), top-level. */
export async function makeSector(db: Executor, input: { code: string; name: string }): Promise<void> {
  await db
    .insertInto('sector')
    .values({ ...input, parentCode: null })
    .execute();
}

/** A township of a region (nothing if it exists). */
export async function makeTownship(db: Executor, input: { regionCode: string; code: string; name: string }): Promise<void> {
  await db
    .insertInto('township')
    .values(input)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A row an agency owns, named unless the factory picks a name. */
type AgencyOwned = { regionCode: string; agencyId: string; name?: string };

/** A unit (股室) of an agency. */
export async function makeUnit(db: Executor, input: AgencyOwned & { code?: string; kind?: UnitKind }): Promise<string> {
  const { name = '测试股室', code = `u-${suffix()}`, kind = 'division', ...owner } = input;
  const row = await db
    .insertInto('unit')
    .values({ ...owner, code, name, kind })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An inspector of an agency with a fresh certificate number, linked to no account unless `userId` is given. */
export async function makeInspector(db: Executor, input: AgencyOwned & { certificateNo?: string; userId?: string | null }): Promise<string> {
  const { name = '测试检查员', certificateNo = `T${suffix().toUpperCase()}`, userId = null, ...owner } = input;
  const row = await db
    .insertInto('inspector')
    .values({ ...owner, name, gender: null, certificateNo, certificateExpiry: '2029-12-31', unitId: null, userId, homeTownshipCode: null, phone: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A general inspection item of an agency (10%), with a fresh code, unpublished unless `publishedAt` is given. */
export async function makeItem(db: Executor, input: AgencyOwned & { code?: string; publishedAt?: Date | null }): Promise<string> {
  const { name = '测试抽查事项', code = `T-${suffix().toUpperCase()}`, publishedAt = null, ...owner } = input;
  const row = await db
    .insertInto('inspectionItem')
    .values({ ...owner, code, name, subItems: [], legalBasis: '《中华人民共和国安全生产法》', category: 'general', ratioBp: 1000, publishedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The first item (by code) of an agency. */
export async function findItemOfAgency(db: Executor, agencyId: string): Promise<string> {
  return (await db.selectFrom('inspectionItem').select('id').where('agencyId', '=', agencyId).orderBy('code').limit(1).executeTakeFirstOrThrow()).id;
}

/** An item's 适用行业领域 (`[]`: it applies to every object), so a fixture's checks ask for it whatever their object's sector. */
export async function setItemSectors(db: Executor, itemId: string, applicableSectors: string[]): Promise<void> {
  await db.updateTable('inspectionItem').set({ applicableSectors }).where('id', '=', itemId).execute();
}

/** A declared, open-ended conflict of interest between an inspector and an object. */
export async function makeConflict(db: Executor, input: { regionCode: string; inspectorId: string; objectId: string }): Promise<string> {
  const row = await db
    .insertInto('conflict')
    .values({ ...input, reasonCode: 'declared', validUntil: null, createdBy: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A tag of a region (an object-kind one unless `dimension` says otherwise). */
export async function makeTag(db: Executor, input: { regionCode: string; code?: string; name?: string; dimension?: TagDimension }): Promise<string> {
  const row = await db
    .insertInto('tag')
    .values({ regionCode: input.regionCode, dimension: input.dimension ?? 'object_kind', code: input.code ?? `t-${suffix()}`, name: input.name ?? '测试标签' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The id of the account `username`. */
export async function findUserId(db: Executor, username: string): Promise<string> {
  return (await db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

/** Give the account `username` a new password hash. */
export async function setPasswordHash(db: Executor, username: string, passwordHash: string): Promise<void> {
  await db.updateTable('appUser').set({ passwordHash }).where('username', '=', username).execute();
}

/** A fresh account locked by failed logins until `lockedUntil` (ten failures, one lock, now). */
export async function makeLockedAccount(
  db: Executor,
  input: { regionCode: string; agencyId: string; username: string; displayName: string; roles: Role[]; lockedUntil: Date; now: Date },
): Promise<string> {
  const user = await db
    .insertInto('appUser')
    .values({
      regionCode: input.regionCode,
      agencyId: input.agencyId,
      unitId: null,
      username: input.username,
      displayName: input.displayName,
      passwordHash: 'test$x',
      roles: input.roles,
    })
    .returning(['id', 'regionCode', 'username'])
    .executeTakeFirstOrThrow();
  await claimLoginNames(db, [user]);
  await db
    .insertInto('loginThrottle')
    .values({ keyKind: 'account', key: input.username, failures: 10, locks: 1, lastFailureAt: input.now, lockedAt: input.now, lockedUntil: input.lockedUntil })
    .execute();
  return user.id;
}
