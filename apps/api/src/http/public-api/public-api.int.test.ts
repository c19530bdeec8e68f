import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { loadConfig } from '../../config.js';
import { inProcessJobs } from '../../jobs/job-queue.js';
import { PERMISSION_MATRIX } from '../../permissions/permission-matrix.js';
import { appRouter } from '../../routers/app-router.js';
import { createApiServer } from '../server.js';
import { PUBLIC_ROUTES } from './route-table.js';

/** Whether the matrix lets the `public` persona (no session) call the procedure, on every target. */
function publicMayCall(procedure: string): boolean {
  const row = PERMISSION_MATRIX[procedure];
  return row !== undefined && /^Y+$/.test(row.expect.public);
}

/** The read API over real HTTP: only public procedures, JSON with ETags, a rate limit, its OpenAPI description. */
describe(`public read API on ${testDbKind()}`, () => {
  let handle: DbHandle;
  const servers: Server[] = [];

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await handle?.close();
  });

  async function start(env: Record<string, string> = {}): Promise<string> {
    const config = loadConfig({ LIANCHA_DATA_DIR: '/nonexistent', PUBLIC_API_RATE_PER_MINUTE: '100000', PUBLIC_API_BURST: '100000', ...env });
    const log = pino({ level: 'silent' });
    const server = createApiServer({ db: handle.db, config, log, jobs: inProcessJobs(handle.db, log) });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/public/v1`;
  }

  it('maps every route to a procedure the permission matrix lets the public call, and nothing else', () => {
    const procedures = new Set(Object.keys(appRouter._def.procedures));
    for (const route of PUBLIC_ROUTES) {
      expect(procedures.has(route.procedure), route.procedure).toBe(true);
      expect(publicMayCall(route.procedure), `${route.path} → ${route.procedure}`).toBe(true);
    }
  });

  it('answers 404 for paths named like procedures, public or not, and for the tRPC path under the base', async () => {
    const base = await start();
    for (const path of ['/users', '/users/list', '/trpc/users.list', '/trpc/public.regions', '/auth.me', '/registry/objects/list', '/', '']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('数据接口');
    }
    // Every procedure of the router by its own name: nothing is served that the table does not list.
    for (const name of Object.keys(appRouter._def.procedures)) {
      for (const path of [`/${name}`, `/trpc/${name}`, `/${name.replaceAll('.', '/')}`]) {
        const response = await fetch(`${base}${path}`);
        await response.body?.cancel();
        // A name may fall on a route's pattern (/campaigns/{regionCode}) and be refused as a bad region: never a 2xx.
        expect([400, 404], `${path}: ${response.status}`).toContain(response.status);
      }
    }
    expect((await fetch(`${base}/regions`, { method: 'POST' })).status).toBe(405);
  });

  it('answers with JSON, public cache headers and a strong ETag, and 304 when the client has the answer', async () => {
    const base = await start();
    const first = await fetch(`${base}/regions`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const regions = (await first.json()) as { code: string; name: string }[];
    expect(regions.map((r) => r.code)).toContain('350881');
    const again = await fetch(`${base}/regions`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${base}/regions`, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
    const overview = await fetch(`${base}/regions/350881`);
    expect(overview.status).toBe(200);
    expect(((await overview.json()) as { name: string }).name).toBe('漳平市');
  });

  it('lists publications, campaigns, caps and audit anchors with keyset pages, and refuses bad parameters in Chinese', async () => {
    const base = await start();
    const list = (await (await fetch(`${base}/publications/350881?limit=2&kind=result`)).json()) as { rows: unknown[]; next: string | null };
    expect(Array.isArray(list.rows)).toBe(true);
    expect(list).toHaveProperty('next');
    expect(((await (await fetch(`${base}/campaigns/350881`)).json()) as { rows: unknown[] }).rows).toBeInstanceOf(Array);
    expect(((await (await fetch(`${base}/inspection-caps/350881?year=2026`)).json()) as { year: number }).year).toBe(2026);
    expect(await (await fetch(`${base}/audit-anchors/350881`)).json()).toHaveProperty('rows');
    const bad = await fetch(`${base}/publications/350881?kind=nope&limit=900`);
    expect(bad.status).toBe(400);
    const problem = ((await bad.json()) as { error: { message: string; issues: { field: string }[] } }).error;
    expect(problem.issues.map((i) => i.field).sort()).toEqual(['kind', 'limit']);
    expect(problem.message).toContain('参数 limit');
    const cursor = await fetch(`${base}/publications/350881?next=garbage`);
    expect(((await cursor.json()) as { error: { message: string } }).error.message).toContain('翻页位置无效');
    const region = await fetch(`${base}/regions/12`);
    expect(region.status).toBe(400);
    expect(((await region.json()) as { error: { message: string } }).error.message).toBeTruthy();
    const missing = await fetch(`${base}/publications/350881/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
  });

  it('finds enterprises, reads one public record and lists the sanctions in publicity', async () => {
    const base = await start();
    const found = (await (await fetch(`${base}/enterprises/350881?q=${encodeURIComponent('漳平')}&limit=2`)).json()) as {
      rows: { uscc: string; name: string }[];
      next: string | null;
    };
    expect(found.rows).toHaveLength(2);
    expect(found.next).toBe(found.rows[1]!.uscc);
    const after = (await (await fetch(`${base}/enterprises/350881?q=${encodeURIComponent('漳平')}&limit=2&next=${found.next}`)).json()) as {
      rows: { uscc: string }[];
    };
    expect(after.rows[0]!.uscc > found.next!).toBe(true);
    const record = await fetch(`${base}/enterprises/350881/${found.rows[0]!.uscc}`);
    expect(record.status).toBe(200);
    expect(await record.json()).toMatchObject({ enterprise: { uscc: found.rows[0]!.uscc } });
    const sanctions = (await (await fetch(`${base}/sanctions/350881`)).json()) as { rows: unknown[]; next: string | null };
    expect(sanctions).toEqual({ rows: [], next: null });
    const short = await fetch(`${base}/enterprises/350881?q=x`);
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: { message: string } }).error.message).toContain('至少2个字');
    expect((await fetch(`${base}/enterprises/350881/not-a-uscc`)).status).toBe(400);
  });

  it('rate limits per client address with 429, Retry-After and a Chinese message', async () => {
    const base = await start({ PUBLIC_API_RATE_PER_MINUTE: '1', PUBLIC_API_BURST: '2', LIANCHA_TRUSTED_PORTALS: '127.0.0.1' });
    const from = (ip: string) => fetch(`${base}/regions`, { headers: { 'x-liancha-client-ip': ip } });
    expect((await from('198.51.100.1')).status).toBe(200);
    expect((await from('198.51.100.1')).status).toBe(200);
    const refused = await from('198.51.100.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('请求过于频繁');
    // Another address has its own bucket (the portal passes each visitor's address).
    expect((await from('198.51.100.2')).status).toBe(200);
  });

  it('describes exactly the route table in its OpenAPI 3.1 document, in Chinese', async () => {
    const base = await start();
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, { get: { operationId: string; summary: string; parameters: { name: string; in: string; description: string }[] } }>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(PUBLIC_ROUTES.map((r) => r.path).sort());
    expect(Object.values(doc.paths).map((p) => p.get.operationId)).toEqual(PUBLIC_ROUTES.map((r) => r.procedure));
    const list = doc.paths['/publications/{regionCode}']!.get;
    expect(list.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:regionCode',
      'query:kind',
      'query:agencyId',
      'query:q',
      'query:from',
      'query:to',
      'query:all',
      'query:limit',
      'query:next',
    ]);
    expect(list.parameters.every((p) => /\p{Script=Han}/u.test(p.description))).toBe(true);
  });
});
