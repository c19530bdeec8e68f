import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import type { DbHandle } from '@liancha/db';
import { createTestDb, seedAgency, seedRegion, seedUser, testDbKind } from '@liancha/db/testing';
import { hashPassword } from '../auth/password.js';
import { loadConfig } from '../config.js';
import { inProcessJobs } from '../jobs/job-queue.js';
import { createApiServer } from './server.js';

/** The API over real HTTP on the loopback: which client address it believes, and what a 429 looks like. */
describe(`API over HTTP on ${testDbKind()}`, () => {
  let handle: DbHandle;
  const servers: Server[] = [];
  const password = 'http password 7';

  beforeAll(async () => {
    handle = await createTestDb();
    await seedRegion(handle.db);
    const agency = await seedAgency(handle.db, '350881', { code: 'yjj' });
    const passwordHash = await hashPassword(password);
    for (const username of ['http.trusted', 'http.untrusted', 'http.locked']) {
      await seedUser(handle.db, { regionCode: '350881', agencyId: agency.id, username, roles: ['inspector'], passwordHash });
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await handle?.close();
  });

  /** An API server on a free loopback port; `trusted` is LIANCHA_TRUSTED_PORTALS. */
  async function start(trusted: string): Promise<string> {
    const config = loadConfig({ LIANCHA_TRUSTED_PORTALS: trusted, LIANCHA_DATA_DIR: '/nonexistent' });
    const log = pino({ level: 'silent' });
    const server = createApiServer({ db: handle.db, config, log, jobs: inProcessJobs(handle.db, log) });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function login(base: string, username: string, pass: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ json: { username, password: pass } }),
    });
    const body = (await response.json()) as { error?: { json: { message: string; data: { code: string; retryAfterSeconds: number | null } } } };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), error: body.error?.json ?? null };
  }

  const sessionIp = async (username: string) =>
    (
      await handle.db
        .selectFrom('userSession')
        .innerJoin('appUser', 'appUser.id', 'userSession.userId')
        .select('userSession.ip')
        .where('appUser.username', '=', username)
        .orderBy('userSession.createdAt', 'desc')
        .executeTakeFirstOrThrow()
    ).ip;

  it('believes the portal header from a trusted portal address', async () => {
    const base = await start('127.0.0.1,::1');
    expect((await login(base, 'http.trusted', password, { 'x-liancha-client-ip': '198.51.100.77' })).status).toBe(200);
    expect(await sessionIp('http.trusted')).toBe('198.51.100.77');
  });

  it('ignores client-address headers from anyone else: neither x-forwarded-for nor the portal header picks the address', async () => {
    const base = await start('192.0.2.250');
    const spoofed = { 'x-forwarded-for': '6.6.6.6', 'x-liancha-client-ip': '7.7.7.7' };
    expect((await login(base, 'http.untrusted', password, spoofed)).status).toBe(200);
    expect(await sessionIp('http.untrusted')).toBe('127.0.0.1');
  });

  it('answers a throttled login with 429, a Retry-After header and retryAfterSeconds in error.data', async () => {
    const base = await start('127.0.0.1');
    // A lock in force (how it came about is tested in login-throttle.int.test.ts; here, the answer's shape).
    const lockedUntil = new Date(Date.now() + 10 * 60_000);
    await handle.db
      .insertInto('loginThrottle')
      .values({ keyKind: 'account', key: 'http.locked', failures: 10, locks: 1, lastFailureAt: new Date(), lockedAt: new Date(), lockedUntil })
      .execute();
    const refused = await login(base, 'http.locked', password, { 'x-liancha-client-ip': '198.51.100.78' });
    expect(refused.status).toBe(429);
    expect(refused.error?.message).toMatch(/^登录尝试过于频繁，请在 (9 分 \d+|10 分 0) 秒后再试。该账号已被临时锁定，也可请本单位管理员解除锁定$/);
    const seconds = refused.error?.data.retryAfterSeconds ?? 0;
    expect(refused.error?.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'login_locked' });
    expect(seconds).toBeGreaterThan(500);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(refused.retryAfter).toBe(String(seconds));
  });
});
