import type { Executor } from '../repositories/executor.js';
import type { Role } from '../schema/organisation.js';
import { suffix } from './suffix.js';

/** A township of a region (nothing if it exists). */
export async function makeTownship(db: Executor, input: { regionCode: string; code: string; name: string }): Promise<void> {
  await db
    .insertInto('township')
    .values(input)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** An inspector of an agency with a fresh certificate number, linked to no account. */
export async function makeInspector(db: Executor, input: { regionCode: string; agencyId: string; name?: string; certificateNo?: string }): Promise<string> {
  const row = await db
    .insertInto('inspector')
    .values({
      regionCode: input.regionCode,
      agencyId: input.agencyId,
      name: input.name ?? '测试检查员',
      gender: null,
      certificateNo: input.certificateNo ?? `T${suffix().toUpperCase()}`,
      certificateExpiry: '2029-12-31',
      unitId: null,
      userId: null,
      homeTownshipCode: null,
      phone: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A general inspection item of an agency (10%), with a fresh code. */
export async function makeItem(db: Executor, input: { regionCode: string; agencyId: string; name?: string; code?: string }): Promise<string> {
  const row = await db
    .insertInto('inspectionItem')
    .values({
      regionCode: input.regionCode,
      agencyId: input.agencyId,
      code: input.code ?? `T-${suffix().toUpperCase()}`,
      name: input.name ?? '测试抽查事项',
      subItems: [],
      legalBasis: '《中华人民共和国安全生产法》',
      category: 'general',
      ratioBp: 1000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
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

/** An object-kind tag of a region. */
export async function makeTag(db: Executor, input: { regionCode: string; code?: string; name?: string }): Promise<string> {
  const row = await db
    .insertInto('tag')
    .values({ regionCode: input.regionCode, dimension: 'object_kind', code: input.code ?? `t-${suffix()}`, name: input.name ?? '测试标签' })
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
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('loginThrottle')
    .values({ keyKind: 'account', key: input.username, failures: 10, locks: 1, lastFailureAt: input.now, lockedAt: input.now, lockedUntil: input.lockedUntil })
    .execute();
  return user.id;
}
