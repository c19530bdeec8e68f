import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPublication, type DbHandle } from '@liancha/db';
import { createTestDb, findUserId, testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../testing/demo-world.js';
import { startTestServer, type TestServer } from '../testing/http-server.js';
import { rawRequest } from '../testing/raw-http.js';
import { sessionTokenFor } from '../testing/session.js';

const onPostgres = testDbKind() === 'postgres';
if (!onPostgres) console.log('[liancha] read replica: only on PostgreSQL (DATABASE_READ_URL names a PostgreSQL replica)');

/**
 * DATABASE_READ_URL: the public reads go to the read database, everything else to the primary.
 * The "replica" here is a second database that holds a publication the primary does not, so each
 * answer shows which database it came from.
 */
describe.runIf(onPostgres)(`public reads on a read database (${testDbKind()})`, () => {
  let primary: DbHandle;
  let replica: DbHandle;
  let server: TestServer;
  let onlyOnReplica: string;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDb({ template: 'demo' }), createTestDb({ template: 'demo' })]);
    await Promise.all([loadDemoWorld(primary.db), loadDemoWorld(replica.db)]);
    const agency = await replica.db.selectFrom('agency').select('id').where('regionCode', '=', '350881').executeTakeFirstOrThrow();
    onlyOnReplica = await insertPublication(
      replica.db,
      { regionCode: '350881' },
      {
        agencyId: agency.id,
        kind: 'joint_task',
        subjectId: randomUUID(),
        title: '只在只读库的公告',
        payload: { kind: 'joint_task' },
        bundle: { algorithm: 'liancha-draw/1', commitment: 'e'.repeat(64) },
        dueOn: null,
        publishedAt: new Date(),
        publishedBy: await findUserId(replica.db, 'yjj.coord'),
        correctsId: null,
      },
    );
    server = await startTestServer(primary.db, { readDb: replica.db });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await Promise.all([primary?.close(), replica?.close()]);
  });

  const query = (path: string, input: unknown, headers: Record<string, string> = {}) =>
    rawRequest(server.port, { path: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, headers });

  it('answers the public portal from the read database: publications, their bundles, region figures', async () => {
    const got = await query('publications.get', { regionCode: '350881', id: onlyOnReplica });
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toMatchObject({ result: { data: { json: { title: '只在只读库的公告' } } } });
    const listed = await query('publications.list', { regionCode: '350881', filter: { search: '只在只读库' } });
    expect(JSON.parse(listed.body).result.data.json.rows.map((r: { id: string }) => r.id)).toEqual([onlyOnReplica]);
    const bundle = await rawRequest(server.port, { path: `/public/v1/publications/350881/${onlyOnReplica}/bundle.json` });
    expect(bundle.status).toBe(200);
    expect(JSON.parse(bundle.body)).toEqual({ algorithm: 'liancha-draw/1', commitment: 'e'.repeat(64) });
  });

  it('keeps sessions and signed-in pages on the primary', async () => {
    // A session only the primary knows: it signs in, and the agency's own list is the primary's.
    const token = await sessionTokenFor(primary.db, 'yjj.coord');
    const due = await query('publications.due', {}, { authorization: `Bearer ${token}` });
    expect(due.status).toBe(200);
    const onPrimary = await primary.db.selectFrom('publication').select('id').where('id', '=', onlyOnReplica).execute();
    expect(onPrimary).toEqual([]);
    const me = await query('auth.me', undefined, { authorization: `Bearer ${token}` });
    expect(me.status).toBe(200);
  });
});
