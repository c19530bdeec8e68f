import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvents, type DbHandle } from '@liancha/db';
import { createTestDb, seedRegion, sql, testDbKind } from '@liancha/db/testing';
import { anchorRegionsDaily } from '../../audit/daily-anchors.js';
import { callerFor } from '../../testing/caller.js';

const VERIFIERS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'verifiers', 'python');
const REGION = '350881';

/** The outsider's side (verifiers/python/check_anchors.py) against what the platform serves and exports. */
describe(`check_anchors.py on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let dir: string;
  let n = 0;

  beforeAll(async () => {
    handle = await createTestDb();
    await seedRegion(handle.db, REGION);
    dir = mkdtempSync(join(tmpdir(), 'liancha-anchors-'));
  });
  afterAll(async () => {
    await handle?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const events = (count: number) =>
    handle.db.transaction().execute((trx) =>
      appendAuditEvents(
        trx,
        Array.from({ length: count }, () => ++n).map((i) => ({
          regionCode: REGION,
          actorUserId: null,
          action: 'object.update',
          subjectKind: 'object',
          subjectId: `obj-${i}`,
          before: { name: `企业${i}`, ratio: 0.1, tiny: 1.5e-7 },
          after: { name: `企业${i}（更名）`, big: 2 ** 60, list: [1, 'a', null, { nested: true }], when: new Date(Date.UTC(2026, 11, 1, 8, 0, i, 7)) },
          occurredAt: new Date(Date.UTC(2026, 11, 1, 8, 0, i, 123)),
        })),
      ),
    );

  /** The anchors file as the public portal offers it for download (every page of public.auditAnchors, oldest first). */
  async function anchorsFile(name: string): Promise<string> {
    const api = await callerFor(handle.db);
    const anchors = [];
    let before: number | undefined;
    do {
      const page = await api.public.auditAnchors({ regionCode: REGION, limit: 2, ...(before ? { before } : {}) });
      anchors.push(...page.rows);
      before = page.next ?? undefined;
    } while (before);
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ format: 'liancha-audit-anchors/1', region: { code: REGION }, anchors: anchors.reverse() }));
    return path;
  }

  /** The chain exported with the committed export_chain.sql, one JSON object per line as psql -At writes it. */
  async function chainFile(): Promise<string> {
    const query = readFileSync(join(VERIFIERS, 'export_chain.sql'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('--'))
      .join('\n')
      .replace(":'region'", `'${REGION}'`)
      .replace(/;\s*$/, '');
    const rows = await sql.raw<{ line: string }>(`select q.j::text as line from (${query}) as q(j)`).execute(handle.db);
    const path = join(dir, 'chain.jsonl');
    writeFileSync(path, rows.rows.map((r) => r.line).join('\n') + '\n');
    return path;
  }

  function check(...args: string[]) {
    const run = spawnSync(process.env.PYTHON ?? 'python3', [join(VERIFIERS, 'check_anchors.py'), ...args], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`python3 is needed for this test (${run.error.message}); set PYTHON to its path`);
    return {
      status: run.status,
      report: run.stdout ? (JSON.parse(run.stdout) as { ok: boolean; events: number | null; problems: Record<string, unknown>[] }) : null,
      stderr: run.stderr,
    };
  }

  const tamper = async (table: 'audit_event' | 'audit_anchor', statement: string) => {
    await sql.raw(`alter table ${table} disable trigger ${table}_append_only`).execute(handle.db);
    try {
      await sql.raw(statement).execute(handle.db);
    } finally {
      await sql.raw(`alter table ${table} enable trigger ${table}_append_only`).execute(handle.db);
    }
  };

  it('accepts the served anchors and the exported chain while nothing was touched', async () => {
    await events(4);
    await anchorRegionsDaily(handle.db, new Date('2026-12-05T00:30:00+08:00'));
    await events(6);
    await anchorRegionsDaily(handle.db, new Date('2026-12-06T00:30:00+08:00'));
    await events(1);
    const result = check(await anchorsFile('saved.json'), '--chain', await chainFile());
    expect(result).toMatchObject({ status: 0, report: { ok: true, events: 11, problems: [] } });
  });

  it('reports a removed anchor, a head standing lower than before and the first missing position', async () => {
    const saved = join(dir, 'saved.json');
    const newest = await handle.db.selectFrom('auditEvent').select('seq').where('regionCode', '=', REGION).orderBy('seq', 'desc').limit(5).execute();
    await tamper('audit_event', `delete from audit_event where seq in (${newest.map((r) => r.seq).join(',')})`);
    await tamper('audit_anchor', `delete from audit_anchor where region_code = '${REGION}' and position = 10`);
    await anchorRegionsDaily(handle.db, new Date('2026-12-07T00:30:00+08:00'));

    const current = await anchorsFile('current.json');
    // Served anchors alone: 4, then 6 — nothing to see without a copy kept earlier.
    expect(check(current)).toMatchObject({ status: 0 });
    const withSaved = check(current, '--saved', saved);
    expect(withSaved.status).toBe(1);
    expect(withSaved.report!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'anchor_removed', position: 10 }),
        expect.objectContaining({ kind: 'truncated', firstMissing: 7, position: 10 }),
      ]),
    );
    const withChain = check(current, '--saved', saved, '--chain', await chainFile());
    expect(withChain.report!.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'truncated', firstMissing: 7, intactThrough: 6 })]));
    expect(withChain.report!.events).toBe(6);
  });

  it('reports an edited event and refuses an unreadable file', async () => {
    const first = await handle.db.selectFrom('auditEvent').select('seq').where('regionCode', '=', REGION).orderBy('seq').limit(1).executeTakeFirstOrThrow();
    await tamper('audit_event', `update audit_event set after = jsonb_set(after, '{big}', '1') where seq = ${first.seq}`);
    const result = check(join(dir, 'current.json'), '--chain', await chainFile());
    expect(result).toMatchObject({ status: 1, report: { ok: false, problems: [{ kind: 'hash_mismatch', position: 1 }] } });
    writeFileSync(join(dir, 'broken.json'), '{"anchors": [{"position": "x"}]}');
    expect(check(join(dir, 'broken.json'))).toMatchObject({ status: 2, report: null });
  });
});
