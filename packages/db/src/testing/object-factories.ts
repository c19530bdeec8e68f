import { composeUscc } from '@liancha/domain';
import type { Insertable } from 'kysely';
import type { Executor } from '../repositories/executor.js';
import type { ObjectTable } from '../schema/registries.js';
import { suffix } from './suffix.js';

/** An enterprise with a fresh USCC in its region's first township, supervised by `supervisors`. */
export async function makeObject(
  db: Executor,
  input: { regionCode: string; supervisors: string[]; name?: string } & Partial<
    Pick<Insertable<ObjectTable>, 'townshipCode' | 'sectorCode' | 'riskClass' | 'dishonest'>
  >,
): Promise<string> {
  const { regionCode, supervisors, ...fields } = input;
  const row = await db
    .insertInto('object')
    .values({
      regionCode,
      uscc: composeUscc({ authority: '9', entityType: '1', division: regionCode, orgBody: suffix().toUpperCase() }),
      name: `测试企业${suffix()}`,
      townshipCode: `${regionCode}001`,
      sectorCode: 'industry_trade',
      riskClass: 'B',
      ...fields,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (supervisors.length > 0) {
    await db
      .insertInto('objectSupervision')
      .values(supervisors.map((agencyId) => ({ regionCode, objectId: row.id, agencyId })))
      .execute();
  }
  return row.id;
}

/** The `offset`-th object (by USCC) supervised by `agencyId` and by none of `outsiders` (default: by no other agency). */
export async function findSupervisedObject(db: Executor, input: { agencyId: string; offset: number; outsiders?: string[] }) {
  const { agencyId, outsiders } = input;
  return db
    .selectFrom('objectSupervision as s')
    .innerJoin('object as o', 'o.id', 's.objectId')
    .select(['o.id', 'o.name', 'o.riskClass'])
    .where('s.agencyId', '=', agencyId)
    .where((eb) => {
      const others = eb.selectFrom('objectSupervision as x').select('x.objectId').whereRef('x.objectId', '=', 'o.id');
      return eb.not(eb.exists(outsiders ? others.where('x.agencyId', 'in', outsiders) : others.where('x.agencyId', '!=', agencyId)));
    })
    .orderBy('o.uscc')
    .offset(input.offset)
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** The inspector record of a user account (demo inspectors log in). */
export async function findInspectorOfUser(db: Executor, username: string): Promise<{ id: string; agencyId: string }> {
  return db
    .selectFrom('inspector as i')
    .innerJoin('appUser as u', 'u.id', 'i.userId')
    .select(['i.id', 'i.agencyId'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
}

/** The first object (by USCC) of a region, if it has any. */
export async function findObjectOfRegion(db: Executor, regionCode: string): Promise<string | undefined> {
  return (await db.selectFrom('object').select('id').where('regionCode', '=', regionCode).orderBy('uscc').limit(1).executeTakeFirst())?.id;
}

/** Some account of a region, for rows that need an author. */
export async function findUserOfRegion(db: Executor, regionCode: string): Promise<string> {
  return (await db.selectFrom('appUser').select('id').where('regionCode', '=', regionCode).limit(1).executeTakeFirstOrThrow()).id;
}
