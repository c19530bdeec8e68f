import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import type { DbHandle } from '@liancha/db';
import { createTestDb, seedAgency, seedRegion, seedUser, testDbKind } from '@liancha/db/testing';
import { hashPassword } from '../../auth/password.js';
import { sessionIdOf } from '../../auth/session-token.js';
import { callerFor } from '../../testing/caller.js';

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError['code'], message: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toBe(message);
}

describe(`auth on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let agencyId: string;
  const password = 'correct horse battery';

  beforeAll(async () => {
    handle = await createTestDb();
    await seedRegion(handle.db);
    agencyId = (await seedAgency(handle.db, '350881', { code: 'yjj', name: '漳平市应急管理局', shortName: '应急局' })).id;
    const passwordHash = await hashPassword(password);
    await seedUser(handle.db, { regionCode: '350881', agencyId, username: 'yjj.coord', roles: ['coordinator'], passwordHash });
    await seedUser(handle.db, { regionCode: '350881', agencyId, username: 'gone.user', roles: ['inspector'], passwordHash, status: 'disabled' });
  });
  afterAll(async () => {
    await handle?.close();
  });

  const sessionCount = async () =>
    (
      await handle.db
        .selectFrom('userSession')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  it('logs in, stores only the token hash, and tells who is logged in', async () => {
    const api = await callerFor(handle.db);
    const outcome = await api.auth.login({ username: '  YJJ.Coord ', password });
    expect(outcome.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(outcome.user).toMatchObject({ username: 'yjj.coord', roles: ['coordinator'], regionName: '漳平市', agency: { shortName: '应急局' } });
    expect(outcome.user).not.toHaveProperty('passwordHash');
    const stored = await handle.db.selectFrom('userSession').select('id').where('id', '=', sessionIdOf(outcome.token)).executeTakeFirst();
    expect(stored).toBeDefined();
    const none = await handle.db.selectFrom('userSession').select('id').where('id', '=', outcome.token).executeTakeFirst();
    expect(none).toBeUndefined();

    const me = await (await callerFor(handle.db, { token: outcome.token })).auth.me();
    expect(me.user.username).toBe('yjj.coord');
  });

  it('refuses a wrong password and an unknown user with the same message, and opens no session', async () => {
    const before = await sessionCount();
    const api = await callerFor(handle.db);
    await expectTrpcError(api.auth.login({ username: 'yjj.coord', password: 'wrong password' }), 'UNAUTHORIZED', '用户名或密码错误');
    await expectTrpcError(api.auth.login({ username: 'nobody.here', password }), 'UNAUTHORIZED', '用户名或密码错误');
    expect(await sessionCount()).toBe(before);
  });

  it('refuses a disabled account', async () => {
    const api = await callerFor(handle.db);
    await expectTrpcError(api.auth.login({ username: 'gone.user', password }), 'FORBIDDEN', '该账号已停用，请联系本单位管理员');
  });

  it('rejects empty input with a Chinese field message', async () => {
    const api = await callerFor(handle.db);
    const error = await api.auth.login({ username: '', password: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toContain('请输入用户名');
  });

  it('treats an expired session as logged out with a clear error', async () => {
    const { token } = await (await callerFor(handle.db, { sessionTtlMs: 1000 })).auth.login({ username: 'yjj.coord', password });
    const later = new Date(Date.now() + 5000);
    const api = await callerFor(handle.db, { token, now: later });
    await expectTrpcError(api.auth.me(), 'UNAUTHORIZED', '登录已过期，请重新登录');
  });

  it('revokes the session on logout, so the same token no longer works', async () => {
    const { token } = await (await callerFor(handle.db)).auth.login({ username: 'yjj.coord', password });
    const api = await callerFor(handle.db, { token });
    await expect(api.auth.logout()).resolves.toEqual({ ok: true });
    const after = await callerFor(handle.db, { token });
    await expectTrpcError(after.auth.me(), 'UNAUTHORIZED', '您已退出登录或会话已被注销，请重新登录');
  });

  it('denies by default: no token, or a made-up token, gets no data', async () => {
    await expectTrpcError((await callerFor(handle.db)).auth.me(), 'UNAUTHORIZED', '请先登录');
    const fake = await callerFor(handle.db, { token: 'x'.repeat(43) });
    await expectTrpcError(fake.auth.me(), 'UNAUTHORIZED', '登录状态无效，请重新登录');
  });
});
