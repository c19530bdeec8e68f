import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { seedRegion, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { verifyAuditChain } from '../repositories/audit-verify.repository.js';
import { auditHash, AUDIT_GENESIS } from '../repositories/audit.repository.js';
import * as migration from './2026-12-04-08-audit-anchors.js';

describe(`migration 2026-12-04-08-audit-anchors on ${testDbKind()}`, () => {
  const handle = suiteDb(async (db) => {
    await seedRegion(db, '350881');
    await seedRegion(db, '350802', '新罗区');
  });

  it('numbers the events already logged per region in seq order, and they still verify', async () => {
    await migration.down(handle.db);
    // Events as the previous schema held them: interleaved regions, chained per region.
    const prev: Record<string, string> = { '350881': AUDIT_GENESIS, '350802': AUDIT_GENESIS };
    for (const [i, regionCode] of ['350881', '350802', '350881', '350881', '350802'].entries()) {
      const event = {
        regionCode,
        actorUserId: null,
        action: 'test',
        subjectKind: 'test',
        subjectId: String(i),
        before: null,
        after: { i },
        occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      };
      const hash = auditHash(prev[regionCode]!, event);
      await handle.db
        .insertInto('auditEvent')
        .values({ ...event, prevHash: prev[regionCode]!, hash })
        .execute();
      prev[regionCode] = hash;
    }
    await migration.up(handle.db);
    const rows = await handle.db.selectFrom('auditEvent').select(['regionCode', 'subjectId', 'chainSeq']).orderBy('seq').execute();
    expect(rows.map((r) => [r.regionCode, r.subjectId, r.chainSeq])).toEqual([
      ['350881', '0', 1],
      ['350802', '1', 1],
      ['350881', '2', 2],
      ['350881', '3', 3],
      ['350802', '4', 2],
    ]);
    expect(await verifyAuditChain(handle.db, '350881')).toMatchObject({ ok: true, count: 3, head: prev['350881'] });
    expect(await verifyAuditChain(handle.db, '350802')).toMatchObject({ ok: true, count: 2 });
    await expect(sql`update audit_event set chain_seq = 7`.execute(handle.db)).rejects.toThrow(/append-only/);
    // An insert that does not number its event (not through appendAuditEvents) is numbered by the database.
    const direct = await handle.db
      .insertInto('auditEvent')
      .values({
        regionCode: '350802',
        actorUserId: null,
        action: 'test',
        subjectKind: 'test',
        subjectId: 'direct',
        before: null,
        after: null,
        prevHash: prev['350802']!,
        hash: 'f'.repeat(64),
      })
      .returning('chainSeq')
      .executeTakeFirstOrThrow();
    expect(direct.chainSeq).toBe(3);
  });

  it('keeps anchors append-only', async () => {
    await handle.db
      .insertInto('auditAnchor')
      .values({
        regionCode: '350881',
        position: 3,
        headHash: 'a'.repeat(64),
        anchoredAt: new Date(),
        anchoredOn: '2026-01-01',
        reason: 'daily',
        publicationId: null,
      })
      .execute();
    await expect(handle.db.updateTable('auditAnchor').set({ position: 2 }).execute()).rejects.toThrow(/append-only/);
    await expect(handle.db.deleteFrom('auditAnchor').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_anchor`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(
      handle.db
        .insertInto('auditAnchor')
        .values({
          regionCode: '350881',
          position: 4,
          headHash: 'b'.repeat(64),
          anchoredAt: new Date(),
          anchoredOn: '2026-01-01',
          reason: 'daily',
          publicationId: null,
        })
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
