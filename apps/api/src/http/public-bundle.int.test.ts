import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPublication, type DbHandle } from '@liancha/db';
import { createTestDb, findUserId, testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../testing/demo-world.js';
import { startTestServer, type TestServer } from '../testing/http-server.js';
import { rawRequest } from '../testing/raw-http.js';

/** The proof bundles on 公示, downloaded as text straight from the database (no login, no other region's). */
describe(`public bundle downloads on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let server: TestServer;
  let withBundle: string;
  let withoutBundle: string;
  const bundle = { algorithm: 'liancha-draw/1', commitment: 'c'.repeat(64), commitmentInputs: { task: { id: '下载任务' } }, reveals: [], substitutions: [] };

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    await loadDemoWorld(handle.db);
    server = await startTestServer(handle.db);
    const agency = await handle.db.selectFrom('agency').select('id').where('regionCode', '=', '350881').executeTakeFirstOrThrow();
    const publishedBy = await findUserId(handle.db, 'yjj.coord');
    const publish = (row: { kind: 'joint_task' | 'sanction'; bundle?: unknown }) =>
      insertPublication(
        handle.db,
        { regionCode: '350881' },
        {
          agencyId: agency.id,
          subjectId: randomUUID(),
          title: '下载测试',
          payload: { kind: row.kind },
          dueOn: null,
          publishedAt: new Date(),
          publishedBy,
          correctsId: null,
          ...row,
        },
      );
    withBundle = await publish({ kind: 'joint_task', bundle });
    withoutBundle = await publish({ kind: 'sanction' });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  const path = (region: string, id: string) => `/public/v1/publications/${region}/${id}/bundle.json`;

  it('gives the bundle as published, cacheable, to anyone', async () => {
    const response = await rawRequest(server.port, { path: path('350881', withBundle) });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=86400, immutable');
    expect(JSON.parse(response.body)).toEqual(bundle);
    const head = await rawRequest(server.port, { method: 'HEAD', path: path('350881', withBundle) });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 404 in Chinese for another region, a notice without a bundle and odd addresses; 400 for writes', async () => {
    for (const target of [
      path('350802', withBundle),
      path('350881', withoutBundle),
      path('350881', randomUUID()),
      path('3508', withBundle),
      path('350881', '%E0%A4%A'),
    ]) {
      const response = await rawRequest(server.port, { path: target });
      expect(response.status, target).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ error: { json: { message: '该公示没有抽取证明' } } });
    }
    const post = await rawRequest(server.port, { method: 'POST', path: path('350881', withBundle), body: '{}' });
    expect(post.status).toBe(400);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
