import { describe, expect, it } from 'vitest';
import { appendAuditEvents, auditHash } from '@liancha/db';
import { seedRegion, seedUser, sql, testDbKind, workflowRows } from '@liancha/db/testing';
import { anchorRegionsDaily } from '../../audit/daily-anchors.js';
import { callerFor } from '../../testing/caller.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { codeOf } from '../../testing/refusal.js';
import { sessionTokenFor } from '../../testing/session.js';
import { openDemoDb } from '../../testing/demo-db.js';

/** A Beijing wall-clock instant. */
const beijing = (text: string) => new Date(`${text}+08:00`);

describe(`audit chain anchors on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let regions = 0;

  /** A region of its own with a leadership member (an auditor), so tampering stays in it. */
  async function freshRegion() {
    const code = `3599${String(++regions).padStart(2, '0')}`;
    await seedRegion(demo.handle.db, code, `测试区${regions}`);
    const auditor = await seedUser(demo.handle.db, { regionCode: code, roles: ['leadership_member'], passwordHash: 'test$x', username: `audit.${code}` });
    let n = 0;
    return {
      code,
      /** `count` more events in the region's chain. */
      events: (count: number) =>
        demo.handle.db.transaction().execute((trx) =>
          appendAuditEvents(
            trx,
            Array.from({ length: count }, () => ++n).map((i) => ({
              regionCode: code,
              actorUserId: null,
              action: 'object.update',
              subjectKind: 'object',
              subjectId: `obj-${i}`,
              before: { riskClass: 'B', ratio: 0.1 },
              after: { riskClass: 'C', name: `企业${i}` },
              occurredAt: new Date(Date.UTC(2026, 11, 1, 0, 0, i)),
            })),
          ),
        ),
      verify: async () => (await callerFor(demo.handle.db, { token: await sessionTokenFor(demo.handle.db, auditor.username) })).audit.verify(),
      anchorsOf: (results: Awaited<ReturnType<typeof anchorRegionsDaily>>) => results.filter((r) => r.regionCode === code && r.anchor).map((r) => r.anchor!),
    };
  }

  /** Run a statement with a table's append-only trigger off, as an attacker with the database superuser would. */
  async function tamper(table: 'audit_event' | 'audit_anchor', statement: string) {
    const trigger = table === 'audit_event' ? 'audit_event_append_only' : 'audit_anchor_append_only';
    await sql.raw(`alter table ${table} disable trigger ${trigger}`).execute(demo.handle.db);
    try {
      await sql.raw(statement).execute(demo.handle.db);
    } finally {
      await sql.raw(`alter table ${table} enable trigger ${trigger}`).execute(demo.handle.db);
    }
  }

  const newest = async (regionCode: string, count: number) =>
    (await demo.handle.db.selectFrom('auditEvent').select('seq').where('regionCode', '=', regionCode).orderBy('seq', 'desc').limit(count).execute()).map(
      (r) => r.seq,
    );

  it('a 公示 carries the chain head, its own audit event included, recorded as an anchor in the same transaction', async () => {
    const fx = workflowRows(demo.handle.db, '350881');
    const yjj = demo.world.agencyId('yjj');
    const plan = await fx.plan({ agencyId: yjj, year: 2025, status: 'approved', itemIds: [await fx.item(yjj)] });
    const { publicationId } = await (await demo.world.as('yjj.coord')).plans.publish({ id: plan.id });

    const row = await (await callerFor(demo.handle.db)).publications.get({ regionCode: '350881', id: publicationId });
    const head = (row.payload as { auditHead?: { position: number; hash: string } }).auditHead;
    const event = await demo.handle.db.selectFrom('auditEvent').select(['chainSeq', 'hash']).where('subjectId', '=', publicationId).executeTakeFirstOrThrow();
    expect(head).toEqual({ position: event.chainSeq, hash: event.hash });

    const anchors = await (await callerFor(demo.handle.db)).public.auditAnchors({ regionCode: '350881' });
    expect(anchors.rows[0]).toMatchObject({ position: event.chainSeq, hash: event.hash, reason: 'publication', publicationId, anchoredAt: row.publishedAt });
    expect(await (await demo.world.as('ldxz.zhang')).audit.verify()).toMatchObject({ ok: true, count: event.chainSeq, head: event.hash, anchorsChecked: 1 });

    // The head has not moved since the 公示 anchored it: the daily job leaves the region alone.
    const daily = await anchorRegionsDaily(demo.handle.db, beijing('2026-12-05T00:30:00'));
    expect(daily.find((r) => r.regionCode === '350881')).toMatchObject({ anchor: null });
  });

  it('the daily job anchors each region at most once a Beijing day, and only when its head moved', async () => {
    const region = await freshRegion();
    const empty = await freshRegion();
    await region.events(3);
    const first = await anchorRegionsDaily(demo.handle.db, beijing('2026-12-05T00:30:00'));
    expect(region.anchorsOf(first)).toMatchObject([{ position: 3, reason: 'daily', anchoredOn: '2026-12-05', publicationId: null }]);
    expect(empty.anchorsOf(first)).toEqual([]);

    await region.events(2);
    expect(region.anchorsOf(await anchorRegionsDaily(demo.handle.db, beijing('2026-12-05T23:59:00')))).toEqual([]);
    // Two API processes at the same moment: one anchor.
    const both = await Promise.all([
      anchorRegionsDaily(demo.handle.db, beijing('2026-12-06T00:10:00')),
      anchorRegionsDaily(demo.handle.db, beijing('2026-12-06T00:10:00')),
    ]);
    expect(both.flatMap((run) => region.anchorsOf(run))).toMatchObject([{ position: 5, anchoredOn: '2026-12-06' }]);
    // 16:30 UTC is already the next Beijing day; the head has not moved, so that day stays open …
    expect(region.anchorsOf(await anchorRegionsDaily(demo.handle.db, new Date('2026-12-06T16:30:00Z')))).toEqual([]);
    await region.events(1);
    // … and is used once it has.
    expect(region.anchorsOf(await anchorRegionsDaily(demo.handle.db, beijing('2026-12-07T22:00:00')))).toMatchObject([
      { position: 6, anchoredOn: '2026-12-07' },
    ]);
    const stored = await demo.handle.db
      .selectFrom('auditAnchor')
      .select(['position', 'anchoredOn'])
      .where('regionCode', '=', region.code)
      .orderBy('id')
      .execute();
    expect(stored).toEqual([
      { position: 3, anchoredOn: '2026-12-05' },
      { position: 5, anchoredOn: '2026-12-06' },
      { position: 6, anchoredOn: '2026-12-07' },
    ]);
    expect(await region.verify()).toMatchObject({ ok: true, count: 6, anchorsChecked: 3 });
  });

  it('deleting the newest events after an anchor is reported as truncation with the first missing position', async () => {
    const region = await freshRegion();
    await region.events(10);
    await anchorRegionsDaily(demo.handle.db, beijing('2026-12-05T00:30:00'));
    await region.events(2);
    expect(await region.verify()).toMatchObject({ ok: true, count: 12, anchorsChecked: 1 });
    const check = async (at: string) => (await callerFor(demo.handle.db, { now: beijing(at) })).public.auditCheck({ regionCode: region.code });
    expect(await check('2026-12-05T10:00:00')).toMatchObject({ ok: true, events: 12, anchors: 1 });

    await tamper('audit_event', `delete from audit_event where seq in (${(await newest(region.code, 5)).join(',')})`);
    expect(await region.verify()).toMatchObject({
      ok: false,
      count: 7,
      problem: 'truncated',
      firstMissing: 8,
      missingThrough: 10,
      intactThrough: 0,
      anchor: { position: 10, reason: 'daily' },
    });
    // The public reading walks the chain at most once per ten minutes, then says so too.
    expect(await check('2026-12-05T10:09:00')).toMatchObject({ ok: true, events: 12 });
    expect(await check('2026-12-05T10:10:00')).toMatchObject({ ok: false, problem: 'truncated', firstMissing: 8, events: 7, intactThrough: 0 });

    // The next day's anchor publishes the shorter head; the earlier anchor still reports the cut.
    await region.events(1);
    await anchorRegionsDaily(demo.handle.db, beijing('2026-12-06T00:30:00'));
    const anchors = await (await callerFor(demo.handle.db)).public.auditAnchors({ regionCode: region.code });
    expect(anchors.rows.map((a) => a.position)).toEqual([8, 10]);
    expect(await region.verify()).toMatchObject({ ok: false, count: 8, problem: 'truncated', firstMissing: 9, missingThrough: 10, intactThrough: 8 });
  });

  it('rewriting the newest events with recomputed hashes is reported at the anchor they contradict', async () => {
    const region = await freshRegion();
    await region.events(4);
    await anchorRegionsDaily(demo.handle.db, beijing('2026-12-05T00:30:00'));
    await region.events(3);
    const [anchored] = region.anchorsOf(await anchorRegionsDaily(demo.handle.db, beijing('2026-12-06T00:30:00')));
    expect(anchored).toMatchObject({ position: 7 });

    // Change event 6 and re-chain 6 and 7 so every hash and link holds again.
    const rows = await demo.handle.db.selectFrom('auditEvent').selectAll().where('regionCode', '=', region.code).orderBy('seq').execute();
    let prev = rows[4]!.hash;
    for (const row of rows.slice(5)) {
      const after = row.chainSeq === 6 ? { riskClass: 'A', name: '企业6' } : row.after;
      const hash = auditHash(prev, { ...row, after });
      await tamper(
        'audit_event',
        `update audit_event set after = '${JSON.stringify(after)}'::jsonb, prev_hash = '${prev}', hash = '${hash}' where seq = ${row.seq}`,
      );
      prev = hash;
    }
    expect(await region.verify()).toMatchObject({
      ok: false,
      problem: 'rewritten',
      position: 7,
      brokenAt: rows[6]!.seq,
      expected: anchored!.headHash,
      actual: prev,
      intactThrough: 4,
      anchor: { position: 7, reason: 'daily' },
    });
  });

  it('lists a region’s anchors newest first, page by page, for anyone', async () => {
    const region = await freshRegion();
    for (const day of ['05', '06', '07']) {
      await region.events(1);
      await anchorRegionsDaily(demo.handle.db, beijing(`2026-12-${day}T00:30:00`));
    }
    const api = await callerFor(demo.handle.db);
    const first = await api.public.auditAnchors({ regionCode: region.code, limit: 2 });
    expect(first.rows.map((a) => [a.position, a.reason, a.anchoredAt.toISOString()])).toEqual([
      [3, 'daily', '2026-12-06T16:30:00.000Z'],
      [2, 'daily', '2026-12-05T16:30:00.000Z'],
    ]);
    expect(first.next).toBe(first.rows[1]!.id);
    const second = await api.public.auditAnchors({ regionCode: region.code, limit: 2, before: first.next! });
    expect(second).toMatchObject({ rows: [{ position: 1 }], next: null });
    expect(await codeOf(api.public.auditAnchors({ regionCode: '359999' }))).toBe('NOT_FOUND');
    expect(await codeOf(api.public.auditAnchors({ regionCode: '35' }))).toBe('BAD_REQUEST');
    expect(await api.public.auditCheck({ regionCode: region.code })).toMatchObject({ ok: true, events: 3, anchors: 3, problem: null });
  });

  it('removing the anchor rows too does not hide a cut: the 公示 still carry their heads', async () => {
    const before = await (await demo.world.as('ldxz.zhang')).audit.verify();
    expect(before).toMatchObject({ ok: true });
    await tamper('audit_anchor', `delete from audit_anchor where region_code = '350881'`);
    await tamper('audit_event', `delete from audit_event where seq in (${(await newest('350881', 2)).join(',')})`);
    const report = await (await demo.world.as('ldxz.zhang')).audit.verify();
    expect(report).toMatchObject({ ok: false, problem: 'truncated', firstMissing: before.count - 1, anchor: { reason: 'publication', anchorId: null } });
  });
});
