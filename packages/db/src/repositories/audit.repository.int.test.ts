import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { seedRegion, testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';
import { appendAuditEvent, appendAuditEvents, type AuditEventInput } from './audit.repository.js';
import { verifyAuditChain } from './audit-verify.repository.js';

const event = (n: number, regionCode: string | null = '350881'): AuditEventInput => ({
  regionCode,
  actorUserId: null,
  action: 'object.update',
  subjectKind: 'object',
  subjectId: `obj-${n}`,
  before: { name: `企业${n}`, riskClass: 'B', ratio: 0.1 },
  after: { name: `企业${n}（更名）`, riskClass: 'C', when: new Date('2026-11-25T10:00:00.123Z') },
  occurredAt: new Date(Date.UTC(2026, 10, 25, 10, 0, n)),
});

describe(`audit chain on ${testDbKind()}`, () => {
  const handle = suiteDb(async (db) => {
    await seedRegion(db, '350881');
    await seedRegion(db, '350802', '新罗区');
  });

  const append = (e: AuditEventInput) => handle.db.transaction().execute((trx) => appendAuditEvent(trx, e));
  // Tampering needs the owner to switch the append-only trigger off, as an attacker with DB access would.
  const tamper = async (statement: string, table = 'audit_event') => {
    await sql.raw(`alter table ${table} disable trigger ${table}_append_only`).execute(handle.db);
    try {
      await sql.raw(statement).execute(handle.db);
    } finally {
      await sql.raw(`alter table ${table} enable trigger ${table}_append_only`).execute(handle.db);
    }
  };

  it('chains events per region and verifies them', async () => {
    for (let n = 1; n <= 5; n++) await append(event(n));
    await append(event(1, '350802'));
    const report = await verifyAuditChain(handle.db, '350881');
    expect(report).toMatchObject({ ok: true, count: 5 });
    expect(await verifyAuditChain(handle.db, '350802')).toMatchObject({ ok: true, count: 1 });
    expect(await verifyAuditChain(handle.db, null)).toMatchObject({ ok: true, count: 0 });
  });

  it('numbers each chain 1, 2, 3 … per region, also within one batch', async () => {
    const batch = await handle.db.transaction().execute((trx) => appendAuditEvents(trx, [event(11, null), event(12, null), event(13, null)]));
    expect(batch.map((e) => e.chainSeq)).toEqual([1, 2, 3]);
    const rows = await handle.db.selectFrom('auditEvent').select(['regionCode', 'chainSeq']).where('regionCode', 'is not', null).orderBy('seq').execute();
    expect(rows.filter((r) => r.regionCode === '350881').map((r) => r.chainSeq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.filter((r) => r.regionCode === '350802').map((r) => r.chainSeq)).toEqual([1]);
    expect(await verifyAuditChain(handle.db, null)).toMatchObject({ ok: true, count: 3 });
    // The platform's events are kept apart from every region's (a table not distributed by region).
    expect(await handle.db.selectFrom('platformAuditEvent').select('chainSeq').orderBy('seq').execute()).toEqual([
      { chainSeq: 1 },
      { chainSeq: 2 },
      { chainSeq: 3 },
    ]);
  });

  it('refuses to append outside a transaction', async () => {
    await expect(appendAuditEvent(handle.db, event(9))).rejects.toThrow(/inside a transaction/);
  });

  it('disappears with a rolled-back mutation', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await appendAuditEvent(trx, event(7));
        throw new Error('mutation failed');
      }),
    ).rejects.toThrow('mutation failed');
    expect(await verifyAuditChain(handle.db, '350881')).toMatchObject({ ok: true, count: 5 });
  });

  it('detects a changed row at that row', async () => {
    const third = await handle.db.selectFrom('auditEvent').select('seq').where('subjectId', '=', 'obj-3').executeTakeFirstOrThrow();
    await tamper(`update audit_event set after = jsonb_set(after, '{riskClass}', '"A"') where seq = ${third.seq}`);
    const report = await verifyAuditChain(handle.db, '350881');
    expect(report).toMatchObject({ ok: false, brokenAt: third.seq, problem: 'hash_mismatch' });
  });

  it('detects a renumbered position in the platform chain (events of no region)', async () => {
    await append(event(1, null));
    const last = await handle.db.selectFrom('platformAuditEvent').select(['seq', 'chainSeq']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await tamper(`update platform_audit_event set chain_seq = 99 where seq = ${last.seq}`, 'platform_audit_event');
    expect(await verifyAuditChain(handle.db, null)).toMatchObject({
      ok: false,
      brokenAt: last.seq,
      position: 4,
      problem: 'position_mismatch',
      expected: '4',
      actual: '99',
    });
  });

  it('detects a deleted row at the next one', async () => {
    const rows = await handle.db.selectFrom('auditEvent').select(['seq', 'subjectId']).where('regionCode', '=', '350802').execute();
    await append(event(2, '350802'));
    await append(event(3, '350802'));
    const all = await handle.db.selectFrom('auditEvent').select(['seq', 'subjectId']).where('regionCode', '=', '350802').orderBy('seq').execute();
    expect(all).toHaveLength(rows.length + 2);
    await tamper(`delete from audit_event where seq = ${all[1]!.seq}`);
    expect(await verifyAuditChain(handle.db, '350802')).toMatchObject({ ok: false, brokenAt: all[2]!.seq, problem: 'link_mismatch' });
  });
});
