import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, MAX_BATCH_ITEMS } from './client.js';

/**
 * The API refuses a batch of more than 10 calls (apps/api/src/http/limits.ts); a page that loads
 * many things at once must be split by the client, never refused. A stand-in server records how
 * many calls each request carried and answers each one.
 */
describe('the portals’ API client', () => {
  let server: Server;
  let url: string;
  const batches: number[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const paths = new URL(req.url ?? '/', 'http://localhost').pathname.slice('/trpc/'.length).split(',');
      batches.push(paths.length);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(paths.map(() => ({ result: { data: { json: null } } }))));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('splits 25 simultaneous calls into batches the API accepts', async () => {
    const api = createApiClient({ url });
    await Promise.all(Array.from({ length: 25 }, () => api.auth.me.query()));
    expect(batches.reduce((a, b) => a + b, 0)).toBe(25);
    expect(Math.max(...batches)).toBeLessThanOrEqual(MAX_BATCH_ITEMS);
    expect(MAX_BATCH_ITEMS).toBe(10);
  });
});
