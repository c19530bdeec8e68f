import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { createDb } from '@liancha/db';
import { seedAgency, seedRegion, seedUser, testDbKind } from '@liancha/db/testing';
import { hashPassword } from '../auth/password.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const onPostgres = testDbKind() === 'postgres' && adminUrl !== undefined;
if (!onPostgres) console.log('[liancha] API workers: only on PostgreSQL (the embedded database is single-process; config.test.ts checks the refusal)');

/** The API as it is started in production, with two worker processes, against its own database. */
describe.runIf(onPostgres)('API_WORKERS=2 on PostgreSQL', () => {
  const name = `liancha_workers_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl ?? 'postgres://localhost/');
  const admin = postgres(adminUrl ?? '', { max: 1, onnotice: () => {} });
  const outdir = `.workers-test-${randomBytes(4).toString('hex')}`;
  let api: ChildProcess | undefined;
  let output = '';

  afterAll(async () => {
    api?.kill('SIGKILL');
    rmSync(resolve(import.meta.dirname, '../..', outdir), { recursive: true, force: true });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('starts two workers on one port that share sessions through the database, and stops them all on SIGTERM', async () => {
    await admin.unsafe(`create database ${name}`);
    url.pathname = `/${name}`;
    const port = await freePort();
    // The bundle production runs (server.js), built beside dist/ so that a build running alongside
    // is left alone: workers are forks of that file.
    const cwd = resolve(import.meta.dirname, '../..');
    expect(spawnSync(process.execPath, ['build.mjs', outdir], { cwd, stdio: 'inherit' }).status).toBe(0);
    api = spawn(process.execPath, [join(outdir, 'server.js')], {
      cwd,
      env: { ...process.env, DATABASE_URL: url.toString(), API_WORKERS: '2', API_PORT: String(port), LIANCHA_DEMO: 'off', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300 && !/"workers":2[^\n]*api listening|api listening[^\n]*"workers":2/.test(output); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toMatch(/api listening/);

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

    const exited = new Promise<number | null>((done) => api!.once('exit', (code) => done(code)));
    api.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});

/** A port the system has just handed out and taken back. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}
