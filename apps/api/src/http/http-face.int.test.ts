import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../testing/demo-world.js';
import { expectCleanAnswer } from '../testing/http-answer.js';
import { fuzzRequest } from '../testing/http-fuzz-requests.js';
import { startTestServer, type TestServer } from '../testing/http-server.js';
import { rawExchange, rawRequest } from '../testing/raw-http.js';
import { sessionTokenFor } from '../testing/session.js';
import { MAX_BATCH_CALLS } from './limits.js';

const FUZZ_SEED = 20_261_204;
const FUZZ_RUNS = 120;

const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));
const batchInput = (values: unknown[]) => encodeURIComponent(JSON.stringify(Object.fromEntries(values.map((v, i) => [i, { json: v }]))));

/** Attacks on the HTTP face that once took the process down or answered with internals. */
describe(`the API's HTTP face on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let server: TestServer;
  let token: string;
  let auth: Record<string, string>;
  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    await loadDemoWorld(handle.db);
    token = await sessionTokenFor(handle.db, 'yjj.coord');
    auth = { authorization: `Bearer ${token}` };
    server = await startTestServer(handle.db);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  const health = async () => {
    const response = await rawRequest(server.port, { path: '/health' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  };

  it('answers malformed percent-encoding in the path with 400 JSON and keeps serving', async () => {
    for (const path of ['/trpc/%E0%A4%A', '/trpc/registry.objects.list,%E0%A4%A?batch=1', '/trpc/%', '/trpc/%C0%AF']) {
      const [error] = expectCleanAnswer(await rawRequest(server.port, { path, headers: auth }), path);
      expect(error?.httpStatus, path).toBe(400);
    }
    await health();
  });

  it('refuses a batch of more than the cap with one Chinese 400 answer, before running any call', async () => {
    const calls = 150;
    const path = `/trpc/${Array(calls).fill('registry.objects.list').join(',')}?batch=1&input=${batchInput(Array(calls).fill({ pageSize: 200 }))}`;
    const response = await rawRequest(server.port, { path, headers: auth });
    const errors = expectCleanAnswer(response, 'batch of 150');
    expect(response.status).toBe(400);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'BAD_REQUEST', reason: 'batch_too_large' });
    expect(errors[0]?.message).toContain(String(MAX_BATCH_CALLS));
    expect(response.body.length).toBeLessThan(2_000);
    // At the cap itself the batch runs.
    const atCap = await rawRequest(server.port, { path: `/trpc/${Array(MAX_BATCH_CALLS).fill('auth.me').join(',')}?batch=1`, headers: auth });
    expect(atCap.status).toBe(200);
    expect(JSON.parse(atCap.body)).toHaveLength(MAX_BATCH_CALLS);
  });

  it('refuses a page larger than the cap on a registry list', async () => {
    const response = await rawRequest(server.port, { path: `/trpc/registry.objects.list?input=${input({ pageSize: 201 })}`, headers: auth });
    const [error] = expectCleanAnswer(response);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', reason: 'invalid_input' });
    expect(error?.issues.map((i) => i.field)).toEqual(['pageSize']);
  });

  it('hides parser and framework messages behind Chinese ones', async () => {
    const cases: [string, Parameters<typeof rawRequest>[1], number][] = [
      ['unknown procedure', { path: '/trpc/nope.nothing', headers: auth }, 404],
      ['broken JSON in the query', { path: '/trpc/registry.objects.list?input=%7B', headers: auth }, 400],
      ['broken JSON in the body', { method: 'POST', path: '/trpc/auth.login', headers: { 'content-type': 'application/json' }, body: '{"json":' }, 400],
      [
        'superjson meta of an unknown class',
        {
          path: `/trpc/registry.objects.list?input=${encodeURIComponent(JSON.stringify({ json: {}, meta: { values: { filter: ['class', 'Nope'] } } }))}`,
          headers: auth,
        },
        400,
      ],
      [
        'superjson meta nested past any input',
        {
          path: `/trpc/registry.objects.list?input=${encodeURIComponent(`{"json":{},"meta":{"values":${'{"a":'.repeat(500)}["Date"]${'}'.repeat(500)}}}`)}`,
          headers: auth,
        },
        400,
      ],
      [
        'superjson meta 20,000 deep (once "Maximum call stack size exceeded")',
        {
          method: 'POST',
          path: '/trpc/auth.login',
          headers: { 'content-type': 'application/json' },
          body: `{"json":{},"meta":{"values":${'{"a":'.repeat(20_000)}["Date"]${'}'.repeat(20_000)}}}`,
        },
        400,
      ],
      [
        'a body nested 100,000 deep',
        {
          method: 'POST',
          path: '/trpc/auth.login',
          headers: { 'content-type': 'application/json' },
          body: `{"json":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        },
        400,
      ],
      ['a query and a mutation in one batch', { path: `/trpc/auth.me,auth.logout?batch=1`, headers: auth }, 400],
      ['a query sent as POST', { method: 'POST', path: '/trpc/auth.me', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' }, 405],
      ['a mutation sent as GET', { path: '/trpc/auth.logout', headers: auth }, 405],
      ['PUT without a content type', { method: 'PUT', path: '/trpc/auth.me', headers: auth, body: 'x' }, 415],
      ['an unknown content type', { method: 'POST', path: '/trpc/auth.login', headers: { 'content-type': 'text/x-nope' }, body: 'x' }, 415],
      ['a path outside the API', { path: '/etc/passwd' }, 404],
      [
        'a body over the limit',
        { method: 'POST', path: '/trpc/auth.login', headers: { 'content-type': 'application/json' }, body: `{"json":"${'x'.repeat(1_100_000)}"}` },
        413,
      ],
    ];
    for (const [name, request, status] of cases) {
      const response = await rawRequest(server.port, request);
      const errors = expectCleanAnswer(response, name);
      expect(response.status, name).toBe(status);
      expect(errors.length, name).toBeGreaterThan(0);
    }
    await health();
  });

  it('answers what Node cannot even parse (odd methods, broken framing, huge headers) with 4xx JSON', async () => {
    const raw = (text: string) => rawExchange(server.port, Buffer.from(text, 'latin1'));
    const cases: [string, Promise<Awaited<ReturnType<typeof raw>>>][] = [
      ['an unknown method', raw('BREW /trpc/auth.me HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n')],
      ['a space in the request target', raw('GET /trpc/a b HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n')],
      ['a bad content length', raw('POST /trpc/auth.login HTTP/1.1\r\nhost: x\r\ncontent-length: -5\r\nconnection: close\r\n\r\n')],
      ['an 80 KiB path', raw(`GET /trpc/${'a'.repeat(80 * 1024)} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`)],
    ];
    for (const [name, pending] of cases) {
      const response = await pending;
      expectCleanAnswer(response, name);
      expect(response.status, name).toBeGreaterThanOrEqual(400);
    }
    await health();
  });

  it('answers HEAD without a body and without failing', async () => {
    const response = await rawRequest(server.port, { method: 'HEAD', path: '/trpc/auth.me', headers: auth });
    expect(response.status).toBeLessThan(500);
    await health();
  });

  /**
   * Property: whatever arrives, the answer is 2xx/4xx JSON showing no stack trace or internal
   * message, no server fault is logged, and the server keeps serving. Fixed seed and run count
   * (a few seconds per engine); a failure prints seed and path, and `fc.assert(…, { seed, path })`
   * replays it exactly.
   */
  it(`answers ${FUZZ_RUNS} generated requests with clean 2xx/4xx JSON and keeps serving`, async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (r) => {
        const headers = r.headers.authorization === 'TOKEN' ? { ...r.headers, authorization: `Bearer ${token}` } : r.headers;
        const response = await rawRequest(server.port, { method: r.method, path: r.path, headers, ...(r.body === undefined ? {} : { body: r.body }) });
        statuses.push(response.status);
        expectCleanAnswer(response, `${r.method} ${r.path.slice(0, 160)}`);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, endOnFailure: true },
    );
    await health();
    expect(server.logs.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
    // The generator reaches procedures, not only the refusals in front of them.
    expect(statuses.filter((s) => s === 200 || s === 207).length).toBeGreaterThan(FUZZ_RUNS / 20);
  }, 120_000);
});
