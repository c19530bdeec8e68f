import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { pruneLoginThrottle, verifyAuditChain, type DbHandle } from '@liancha/db';
import { createTestDb, seedAgency, seedRegion, seedUser, testDbKind } from '@liancha/db/testing';
import { hashPassword } from '../../auth/password.js';
import { callerFor } from '../../testing/caller.js';

/** What one login attempt got: 'OK' or the tRPC code, the message and the wait the API asked for. */
interface Answer {
  code: string;
  message: string;
  retryAfterSeconds: number | null;
}

const T0 = new Date('2026-12-04T08:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe(`login throttling on ${testDbKind()}`, () => {
  let handle: DbHandle;
  const password = 'right password 42';
  let hash: string;

  beforeAll(async () => {
    handle = await createTestDb();
    await seedRegion(handle.db);
    const agency = await seedAgency(handle.db, '350881', { code: 'yjj', name: '漳平市应急管理局', shortName: '应急局' });
    hash = await hashPassword(password);
    for (const username of ['burst.user', 'lock.user', 'expiry.user', 'reset.user', 'known.user', 'ip.victim', 'ip.other', 'rush.user']) {
      await seedUser(handle.db, { regionCode: '350881', agencyId: agency.id, username, roles: ['inspector'], passwordHash: hash });
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  async function attempt(username: string, pass: string, when: Date, ip: string | null): Promise<Answer> {
    const api = await callerFor(handle.db, { now: when, client: { ip, userAgent: 'vitest' } });
    try {
      await api.auth.login({ username, password: pass });
      return { code: 'OK', message: '', retryAfterSeconds: null };
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      const cause = error.cause as { retryAfterSeconds?: number } | undefined;
      return { code: error.code, message: error.message, retryAfterSeconds: cause?.retryAfterSeconds ?? null };
    }
  }

  // The regions' chains, then the platform's own (events of no region, kept in a table of their own).
  const events = async (action: string, subjectId?: string) => {
    const chain = (table: 'auditEvent' | 'platformAuditEvent') =>
      handle.db
        .selectFrom(table)
        .selectAll()
        .where('action', '=', action)
        .$if(subjectId !== undefined, (q) => q.where('subjectId', '=', subjectId!))
        .orderBy('seq')
        .execute();
    return [...(await chain('auditEvent')), ...(await chain('platformAuditEvent'))];
  };
  const userId = async (username: string) => (await handle.db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  it('100 wrong passwords in 28 s: only the first few are checked, the rest are refused with 429, and so is the right password', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 100; i++) answers.push(await attempt('burst.user', `wrong ${i}`, at(i * 0.28), '192.0.2.1'));
    const unauthorized = answers.filter((a) => a.code === 'UNAUTHORIZED').length;
    const throttled = answers.filter((a) => a.code === 'TOO_MANY_REQUESTS');
    expect(unauthorized).toBeLessThanOrEqual(10);
    expect(unauthorized + throttled.length).toBe(100);
    expect(throttled[0]!.message).toMatch(/^登录尝试过于频繁，请在 (\d+ 分 )?\d+ 秒后再试/);
    expect(throttled.every((a) => (a.retryAfterSeconds ?? 0) > 0)).toBe(true);

    const right = await attempt('burst.user', password, at(28), '192.0.2.1');
    expect(right.code).toBe('TOO_MANY_REQUESTS');
    expect(right.message).toMatch(/^登录尝试过于频繁/);
  });

  it('5 free failures, then waits of 1, 2, 4, 8, 16 s, then a 15-minute lock at the 10th failure, refusing the right password', async () => {
    const seen: string[] = [];
    let t = 0;
    for (let failure = 1; failure <= 10; failure++) {
      const answer = await attempt('lock.user', 'wrong', at(t), '192.0.2.2');
      seen.push(answer.code);
      // Each failure from the 5th on asks for a wait of 2^(n-5) seconds before the next attempt.
      if (failure >= 5 && failure < 10) {
        const wait = 2 ** (failure - 5);
        const early = await attempt('lock.user', password, at(t + wait - 0.5), '192.0.2.2');
        expect(early, `right password ${wait - 0.5} s after failure ${failure}`).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
        t += wait;
      } else {
        t += 0.1;
      }
    }
    expect(seen).toEqual(Array(10).fill('UNAUTHORIZED'));

    const locked = await attempt('lock.user', password, at(t + 60), '192.0.2.2');
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.retryAfterSeconds).toBeGreaterThan(13 * 60);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(locked.message).toMatch(/^登录尝试过于频繁，请在 1[34] 分 \d+ 秒后再试/);
    expect(locked.message).toContain('管理员');

    // Every checked failure and the lock are in the user's region chain, which still verifies.
    const id = await userId('lock.user');
    const failures = await events('auth.login_failed', id);
    expect(failures).toHaveLength(10);
    expect(failures.every((e) => e.regionCode === '350881' && e.actorUserId === null)).toBe(true);
    expect(failures[9]!.after).toMatchObject({ username: 'lock.user', ip: '192.0.2.2', failures: 10 });
    const locks = await events('auth.login_locked', id);
    expect(locks).toHaveLength(1);
    expect(locks[0]!.after).toMatchObject({ username: 'lock.user', failures: 10 });
    expect(await verifyAuditChain(handle.db, '350881')).toMatchObject({ ok: true });
  });

  it('concurrent attempts see each other: 30 at one instant get 5 password checks, the rest 429', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt('rush.user', `wrong ${i}`, at(0), `192.0.2.${30 + i}`)));
    expect(answers.filter((a) => a.code === 'UNAUTHORIZED')).toHaveLength(5);
    expect(answers.filter((a) => a.code === 'TOO_MANY_REQUESTS')).toHaveLength(25);
  });

  it('a lock runs out after 15 minutes: the right password then works', async () => {
    let t = 0;
    for (let failure = 1; failure <= 10; failure++) {
      expect((await attempt('expiry.user', 'wrong', at(t), '192.0.2.3')).code).toBe('UNAUTHORIZED');
      t += failure >= 5 ? 2 ** (failure - 5) : 0.1;
    }
    expect((await attempt('expiry.user', password, at(t + 14 * 60), '192.0.2.3')).code).toBe('TOO_MANY_REQUESTS');
    expect((await attempt('expiry.user', password, at(t + 15 * 60 + 1), '192.0.2.3')).code).toBe('OK');
  });

  it('a successful login resets the account counter', async () => {
    for (let i = 0; i < 4; i++) expect((await attempt('reset.user', 'wrong', at(i), '192.0.2.4')).code).toBe('UNAUTHORIZED');
    expect((await attempt('reset.user', password, at(5), '192.0.2.4')).code).toBe('OK');
    // Four more failures after the reset are still free: no wait yet.
    for (let i = 0; i < 4; i++) expect((await attempt('reset.user', 'wrong', at(6 + i * 0.1), '192.0.2.4')).code).toBe('UNAUTHORIZED');
  });

  it('an unknown username gets exactly the answers a known one gets, and no user row is made for it', async () => {
    const users = async () => (await handle.db.selectFrom('appUser').select('id').execute()).length;
    const before = await users();
    const script = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.4, 1.5, 3.4, 7.4, 15.4, 31.4, 60, 900];
    const run = async (username: string, ip: string) => {
      const out: Answer[] = [];
      for (const s of script) out.push(await attempt(username, 'wrong', at(s), ip));
      return out;
    };
    const known = await run('known.user', '192.0.2.21');
    const unknown = await run('ghost.user', '192.0.2.22');
    expect(unknown).toEqual(known);
    expect(known.filter((a) => a.code === 'TOO_MANY_REQUESTS').length).toBeGreaterThan(0);
    expect(await users()).toBe(before);

    // The unknown name's failures and lock go to the chain without a region, which verifies; the name itself is kept as a digest.
    const failed = (await events('auth.login_failed')).filter((e) => e.regionCode === null);
    expect(failed).toHaveLength(10);
    expect(JSON.stringify(failed)).not.toContain('ghost.user');
    expect(failed[0]!.after).toMatchObject({ usernameSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await events('auth.login_locked')).filter((e) => e.regionCode === null)).toHaveLength(1);
    expect(await verifyAuditChain(handle.db, null)).toMatchObject({ ok: true });
  });

  it('one client address: 30 failures across many usernames block the address, not the accounts elsewhere', async () => {
    const ip = '203.0.113.9';
    for (let i = 0; i < 30; i++) expect((await attempt(`spray.${i}`, 'wrong', at(i), ip)).code).toBe('UNAUTHORIZED');
    const blocked = await attempt('ip.victim', password, at(31), ip);
    expect(blocked).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(blocked.message).toMatch(/^登录尝试过于频繁，请在 1[45] 分 \d+ 秒后再试/);
    // The same account from another address is not affected; nor is another address.
    expect((await attempt('ip.victim', password, at(32), '198.51.100.4')).code).toBe('OK');
    expect((await attempt('ip.other', password, at(33), '198.51.100.5')).code).toBe('OK');
    // The address block is audited once, on the chain without a region.
    const blocks = (await events('auth.login_address_locked')).filter((e) => (e.after as { address?: string }).address === ip);
    expect(blocks).toHaveLength(1);
    // And it runs out after 15 minutes.
    expect((await attempt('ip.other', password, at(29 + 15 * 60 + 1), ip)).code).toBe('OK');
  });

  it('an IPv6 client is counted by its /64, so rotating addresses inside it does not help', async () => {
    for (let i = 0; i < 30; i++) {
      expect((await attempt(`v6.${i}`, 'wrong', at(2000 + i), `2001:db8:aa:bb::${(i + 1).toString(16)}`)).code).toBe('UNAUTHORIZED');
    }
    expect((await attempt('ip.other', password, at(2031), '2001:db8:aa:bb:ffff::1')).code).toBe('TOO_MANY_REQUESTS');
    expect((await attempt('ip.other', password, at(2032), '2001:db8:aa:cc::1')).code).toBe('OK');
  });

  it('prunes rows whose counts are all forgotten, never a lock still in force', async () => {
    const old = new Date('2000-01-01T00:00:00Z');
    await handle.db
      .insertInto('loginThrottle')
      .values([
        { keyKind: 'account', key: 'prune.stale', failures: 3, locks: 0, lastFailureAt: old, updatedAt: old },
        {
          keyKind: 'account',
          key: 'prune.locked',
          failures: 10,
          locks: 5,
          lastFailureAt: old,
          lockedAt: old,
          lockedUntil: new Date('2000-01-03T00:00:00Z'),
          updatedAt: old,
        },
      ])
      .execute();
    expect(await pruneLoginThrottle(handle.db, new Date('2000-01-02T00:00:00Z'))).toBe(1);
    const left = await handle.db.selectFrom('loginThrottle').select('key').where('key', 'like', 'prune.%').execute();
    expect(left.map((row) => row.key)).toEqual(['prune.locked']);
  });
});
