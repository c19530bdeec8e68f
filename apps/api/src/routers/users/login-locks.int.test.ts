import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, type DbHandle } from '@liancha/db';
import { createTestDb, seedAgency, seedRegion, seedUser, testDbKind } from '@liancha/db/testing';
import type { Role } from '@liancha/db';
import { hashPassword } from '../../auth/password.js';
import { callerFor } from '../../testing/caller.js';
import { codeOf } from '../../testing/refusal.js';
import { sessionTokenFor } from '../../testing/session.js';

const T0 = new Date('2026-12-04T09:00:00.000Z');
const ADDRESSES = ['yjj.victim', 'yjj.other', 'scj.victim'];
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe(`login locks: seen and lifted by the account's admins only, on ${testDbKind()}`, () => {
  let handle: DbHandle;
  const password = 'lock password 9';

  beforeAll(async () => {
    handle = await createTestDb();
    await seedRegion(handle.db);
    await seedRegion(handle.db, '350802', '新罗区');
    const yjj = await seedAgency(handle.db, '350881', { code: 'yjj' });
    const scj = await seedAgency(handle.db, '350881', { code: 'scj' });
    const xl = await seedAgency(handle.db, '350802', { code: 'xl-yjj' });
    const passwordHash = await hashPassword(password);
    const users: [string, string, string | null, Role][] = [
      ['yjj.admin', '350881', yjj.id, 'agency_admin'],
      ['yjj.coord', '350881', yjj.id, 'coordinator'],
      ['yjj.victim', '350881', yjj.id, 'inspector'],
      ['yjj.other', '350881', yjj.id, 'inspector'],
      ['scj.admin', '350881', scj.id, 'agency_admin'],
      ['scj.victim', '350881', scj.id, 'inspector'],
      ['admin', '350881', null, 'platform_admin'],
      ['ldxz.zhang', '350881', null, 'leadership_member'],
      ['xl.admin', '350802', null, 'platform_admin'],
      ['xl.agency.admin', '350802', xl.id, 'agency_admin'],
    ];
    for (const [username, regionCode, agencyId, role] of users) await seedUser(handle.db, { regionCode, agencyId, username, roles: [role], passwordHash });
  });
  afterAll(async () => {
    await handle?.close();
  });

  // Each account is attacked from its own address, so the per-address count stays out of these tests.
  const login = async (username: string, pass: string, when: Date) =>
    (await callerFor(handle.db, { now: when, client: { ip: `192.0.2.${ADDRESSES.indexOf(username) + 1}`, userAgent: 'vitest' } })).auth.login({
      username,
      password: pass,
    });
  const as = async (username: string, when: Date) => callerFor(handle.db, { token: await sessionTokenFor(handle.db, username, T0), now: when });
  const idOf = async (username: string) => (await handle.db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  /** Ten wrong passwords, each after the wait the API asks for: the account is then locked. Returns when the lock began (s). */
  async function lock(username: string): Promise<number> {
    let t = 0;
    for (let failure = 1; failure <= 10; failure++) {
      expect(await codeOf(login(username, 'wrong', at(t)))).toBe('UNAUTHORIZED');
      if (failure < 10) t += failure >= 5 ? 2 ** (failure - 5) : 0.1;
    }
    expect(await codeOf(login(username, password, at(t + 1)))).toBe('TOO_MANY_REQUESTS');
    return t;
  }

  it("lists a locked account to its agency's admin and the region's platform admin, and to nobody else", async () => {
    const t = await lock('yjj.victim');
    const now = at(t + 60);
    const seen = async (username: string) => (await (await as(username, now)).users.locks.list()).map((row) => row.username);
    expect(await seen('yjj.admin')).toEqual(['yjj.victim']);
    expect(await seen('admin')).toEqual(['yjj.victim']);
    expect(await seen('scj.admin')).toEqual([]);
    expect(await seen('xl.admin')).toEqual([]);
    expect(await seen('xl.agency.admin')).toEqual([]);
    expect(await codeOf((await as('yjj.coord', now)).users.locks.list())).toBe('FORBIDDEN');
    expect(await codeOf((await as('ldxz.zhang', now)).users.locks.list())).toBe('FORBIDDEN');

    const [row] = await (await as('yjj.admin', now)).users.locks.list();
    expect(row).toMatchObject({ userId: await idOf('yjj.victim'), displayName: '测试用户', failures: 10, refused: 1 });
    expect(row!.lockedUntil.getTime() - row!.lockedAt.getTime()).toBe(15 * 60_000);
    expect(row).not.toHaveProperty('passwordHash');
  });

  it("refuses another agency's admin and another region's admins the lift; the agency admin lifts it and the right password works", async () => {
    const t = await lock('yjj.other');
    const now = at(t + 30);
    const userId = await idOf('yjj.other');
    for (const outsider of ['scj.admin', 'xl.admin', 'xl.agency.admin', 'yjj.coord']) {
      expect(await codeOf((await as(outsider, now)).users.locks.lift({ userId })), outsider).toBe('NOT_FOUND');
    }
    // The leadership group reads the region's users but manages none of them.
    expect(await codeOf((await as('ldxz.zhang', now)).users.locks.lift({ userId }))).toBe('FORBIDDEN');
    expect(await codeOf(login('yjj.other', password, at(t + 31)))).toBe('TOO_MANY_REQUESTS');

    await expect((await as('yjj.admin', now)).users.locks.lift({ userId })).resolves.toEqual({ ok: true });
    const outcome = await login('yjj.other', password, at(t + 32));
    expect(outcome.user.username).toBe('yjj.other');

    const lifted = await handle.db.selectFrom('auditEvent').selectAll().where('action', '=', 'auth.login_unlocked').where('subjectId', '=', userId).execute();
    expect(lifted).toHaveLength(1);
    expect(lifted[0]).toMatchObject({ regionCode: '350881', actorUserId: await idOf('yjj.admin') });
    expect(lifted[0]!.before).toMatchObject({ username: 'yjj.other', failures: 10 });
    expect(await verifyAuditChain(handle.db, '350881')).toMatchObject({ ok: true });
    // Nothing is left to lift.
    expect(await codeOf((await as('yjj.admin', at(t + 40))).users.locks.lift({ userId }))).toBe('NOT_FOUND');
  });

  it("the platform admin lifts any lock of the region, another region's platform admin none", async () => {
    const t = await lock('scj.victim');
    const userId = await idOf('scj.victim');
    expect(await codeOf((await as('xl.admin', at(t + 5))).users.locks.lift({ userId }))).toBe('NOT_FOUND');
    await expect((await as('admin', at(t + 5))).users.locks.lift({ userId })).resolves.toEqual({ ok: true });
    expect((await login('scj.victim', password, at(t + 6))).user.username).toBe('scj.victim');
  });

  it('a lock that has run out is no longer listed, and input is checked with a Chinese message', async () => {
    const api = await as('yjj.admin', at(3000));
    expect((await api.users.locks.list()).map((row) => row.username)).toEqual([]);
    const error = (await api.users.locks.lift({ userId: 'not-a-uuid' }).catch((e: unknown) => e)) as { code: string; cause: { issues: { message: string }[] } };
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause.issues[0]!.message).toBe('请选择要解除锁定的账号');
  });
});
