import type { ActivationSource } from '@liancha/domain';
import type { Executor, RegionScope } from './executor.js';

/** The enterprise an activation or session belongs to, as its area shows it. */
export interface EnterpriseIdentity {
  regionCode: string;
  regionName: string;
  objectId: string;
  uscc: string;
  name: string;
}

export async function insertActivation(
  db: Executor,
  scope: RegionScope,
  fields: { objectId: string; codeHash: string; source: ActivationSource; checkId: string | null; issuedBy: string | null; expiresAt: Date },
): Promise<string> {
  const row = await db
    .insertInto('enterpriseActivation')
    .values({ ...fields, regionCode: scope.regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Use a code once: marks it redeemed when it is live and bound to this USCC, in one statement, so
 * two simultaneous uses cannot both succeed. Undefined for any other code (the caller says nothing more).
 */
export async function redeemActivation(
  db: Executor,
  scope: RegionScope,
  input: { uscc: string; codeHash: string; at: Date },
): Promise<{ activationId: string; objectId: string } | undefined> {
  const row = await db
    .updateTable('enterpriseActivation as a')
    .from('object as o')
    .set({ redeemedAt: input.at })
    .whereRef('o.regionCode', '=', 'a.regionCode')
    .whereRef('o.id', '=', 'a.objectId')
    .where('a.regionCode', '=', scope.regionCode)
    .where('a.codeHash', '=', input.codeHash)
    .where('a.redeemedAt', 'is', null)
    .where('a.expiresAt', '>', input.at)
    .where('o.uscc', '=', input.uscc)
    .where('o.archivedAt', 'is', null)
    .returning(['a.id as activationId', 'a.objectId'])
    .executeTakeFirst();
  return row;
}

export async function insertEnterpriseSession(
  db: Executor,
  scope: RegionScope,
  session: { id: string; objectId: string; activationId: string; expiresAt: Date; userAgent: string | null; ip: string | null },
): Promise<void> {
  await db
    .insertInto('enterpriseSession')
    .values({ ...session, regionCode: scope.regionCode })
    .execute();
}

export interface EnterpriseSessionRow {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  enterprise: EnterpriseIdentity;
}

/** The session whatever its state, with its enterprise: the caller tells expired from revoked. */
export async function findEnterpriseSession(db: Executor, id: string): Promise<EnterpriseSessionRow | undefined> {
  const row = await db
    .selectFrom('enterpriseSession as s')
    .innerJoin('object as o', (join) => join.onRef('o.regionCode', '=', 's.regionCode').onRef('o.id', '=', 's.objectId'))
    .innerJoin('region as r', 'r.code', 's.regionCode')
    .select(['s.id', 's.expiresAt', 's.lastSeenAt', 's.revokedAt', 's.regionCode', 'r.name as regionName', 's.objectId', 'o.uscc', 'o.name', 'o.archivedAt'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
    // An enterprise taken off the registry has no area any more.
    revokedAt: row.revokedAt ?? row.archivedAt,
    enterprise: { regionCode: row.regionCode, regionName: row.regionName, objectId: row.objectId, uscc: row.uscc, name: row.name },
  };
}

export async function touchEnterpriseSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('enterpriseSession').set({ lastSeenAt: at }).where('id', '=', id).execute();
}

export async function revokeEnterpriseSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('enterpriseSession').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
}
