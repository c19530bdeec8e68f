import type { Executor } from '../repositories/executor.js';
import type { Role } from '../schema/organisation.js';
import { claimLoginNames } from '../repositories/user.repository.js';
import { suffix } from './suffix.js';

/**
 * Builders for integration tests: each returns the row it made, with unique
 * natural keys so tests never depend on one another's data.
 */
export async function seedRegion(db: Executor, code = '350881', name = '漳平市') {
  await db
    .insertInto('region')
    .values({ code, name, level: 'county', parentCode: null })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  return { code, name };
}

export async function seedAgency(db: Executor, regionCode: string, overrides: { code?: string; name?: string; shortName?: string; kind?: string } = {}) {
  const code = overrides.code ?? `ag-${suffix()}`;
  return db
    .insertInto('agency')
    .values({ regionCode, code, name: overrides.name ?? `测试部门${code}`, shortName: overrides.shortName ?? '测试部门', kind: overrides.kind ?? 'emergency' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function seedUser(
  db: Executor,
  input: { regionCode: string; passwordHash: string; roles: Role[]; agencyId?: string | null; username?: string; status?: 'active' | 'disabled' },
) {
  const user = await db
    .insertInto('appUser')
    .values({
      regionCode: input.regionCode,
      agencyId: input.agencyId ?? null,
      unitId: null,
      username: input.username ?? `user.${suffix()}`,
      displayName: '测试用户',
      passwordHash: input.passwordHash,
      roles: input.roles,
      status: input.status ?? 'active',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await claimLoginNames(db, [user]);
  return user;
}
