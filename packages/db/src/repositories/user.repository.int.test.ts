import { describe, expect, it } from 'vitest';
import { seedRegion, seedUser, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { findUserByUsername } from './user.repository.js';
import { withTransaction } from './transaction.js';

describe(`user names on ${testDbKind()}`, () => {
  const handle = suiteDb(async (db) => {
    await seedRegion(db, '350881');
    await seedRegion(db, '350802', '新罗区');
  });

  it('finds a user by a name unique across every region, and refuses the name in another region', async () => {
    const first = await seedUser(handle.db, { regionCode: '350881', passwordHash: 'x', roles: ['agency_admin'], username: 'same.name' });
    await expect(
      withTransaction(handle.db, (trx) => seedUser(trx, { regionCode: '350802', passwordHash: 'x', roles: ['agency_admin'], username: 'same.name' })),
    ).rejects.toThrow(/login_name|duplicate|unique/i);
    // Refused whole: no user of that name was left behind in the other region.
    expect(await handle.db.selectFrom('appUser').select('regionCode').where('username', '=', 'same.name').execute()).toEqual([{ regionCode: '350881' }]);
    expect(await findUserByUsername(handle.db, 'same.name')).toMatchObject({ id: first.id, regionCode: '350881', regionName: '漳平市' });
    expect(await findUserByUsername(handle.db, 'nobody')).toBeUndefined();
  });
});
