import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { createDb } from '@liancha/db';
import { seedAgency, seedRegion, seedUser, testDbKind } from '@liancha/db/testing';
import { hashPassword } from '../auth/password.js';
import { buildApiBundle, startApiProcess, type ApiProcess } from '../testing/api-process.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const onPostgres = testDbKind() === 'postgres' && adminUrl !== undefined;
if (!onPostgres) console.log('[liancha] API workers: only on PostgreSQL (the embedded database is single-process; config.test.ts checks the refusal)');

/** The API as it is started in production, with two worker processes, against its own database. */
describe.runIf(onPostgres)('API_WORKERS=2 on PostgreSQL', () => {
  const name = `liancha_workers_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl ?? 'postgres://localhost/');
  const admin = postgres(adminUrl ?? '', { max: 1, onnotice: () => {} });
  let bundle: ReturnType<typeof buildApiBundle> | undefined;
  let api: ApiProcess | undefined;

  afterAll(async () => {
    api?.child.kill('SIGKILL');
    bundle?.remove();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('starts two workers on one port that share sessions through the database, and stops them all on SIGTERM', async () => {
    await admin.unsafe(`create database ${name}`);
    url.pathname = `/${name}`;
    bundle = buildApiBundle();
    api = await startApiProcess(
      bundle.outdir,
      { DATABASE_URL: url.toString(), API_WORKERS: '2' },
      /"workers":2[^\n]*api listening|api listening[^\n]*"workers":2/,
    );
    const base = api.base;

    // The primary migrated the database; a user is added beside the running API.
    const handle = await createDb({ databaseUrl: url.toString(), maxConnections: 1 });
    try {
      await seedRegion(handle.db);
      const agency = await seedAgency(handle.db, '350881', { code: 'yjj' });
      await seedUser(handle.db, {
        regionCode: '350881',
        agencyId: agency.id,
        username: 'workers.user',
        roles: ['inspector'],
        passwordHash: await hashPassword('workers password 1'),
      });
    } finally {
      await handle.close();
    }
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'workers.user', password: 'workers password 1' } }),
    });
    expect(login.status).toBe(200);
    const token = ((await login.json()) as { result: { data: { json: { token: string } } } }).result.data.json.token;
    // Connections are spread over both workers; each one finds the session the other created.
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${base}/trpc/auth.me`, { headers: { authorization: `Bearer ${token}`, connection: 'close' } }).then((r) => r.status),
      ),
    );
    expect(answers).toEqual(Array(40).fill(200));

    expect(await api.stop()).toBe(0);
  }, 120_000);
});
