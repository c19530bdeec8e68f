import { describe, expect, it } from 'vitest';
import { sql, testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { codeOf } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

describe(`registry items, inspectors, conflicts, tags and audit on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('items: create, publish, and a change withdraws the publication until published again', async () => {
    const coord = await demo.world.as('yjj.coord');
    const { id } = await coord.registry.items.create({
      code: 'YJ-T01',
      name: '危险化学品储存场所安全检查',
      legalBasis: '《危险化学品安全管理条例》第二十条',
      category: 'general',
      ratioBp: 1000,
      applicableSectors: ['hazardous_chemicals'],
      subItems: ['储存场所', '安全距离'],
    });
    expect((await coord.registry.items.get({ id })).subItems).toEqual(['储存场所', '安全距离']);
    await coord.registry.items.publish({ id });
    expect((await coord.registry.items.get({ id })).publishedAt).toBeInstanceOf(Date);
    expect(await codeOf(coord.registry.items.publish({ id }))).toBe('CONFLICT');
    await coord.registry.items.update({ id, patch: { ratioBp: 1500 } });
    expect((await coord.registry.items.get({ id })).publishedAt).toBeNull();
    expect(await codeOf(coord.registry.items.create({ code: 'YJ-T01', name: 'x', legalBasis: 'y', category: 'key' }))).toBe('CONFLICT');
    expect(await codeOf(coord.registry.items.create({ code: 'YJ-T02', name: 'x', legalBasis: 'y', category: 'key', applicableSectors: ['coal'] }))).toBe(
      'BAD_REQUEST',
    );
    const published = await coord.registry.items.list({ filter: { published: false, sectorCode: 'hazardous_chemicals' } });
    expect(published.rows.map((r) => r.id)).toContain(id);
  });

  it('inspectors: certificate numbers are unique across agencies without saying whose, units must be the agency’s own', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const scj = await demo.world.as('scj.coord');
    await yjj.registry.inspectors.create({ certificateNo: '35088101T0001', name: '测试员甲', certificateExpiry: '2028-06-30', expertise: ['fireworks'] });
    const error = await scj.registry.inspectors
      .create({ certificateNo: '35088101T0001', name: '测试员乙', certificateExpiry: '2028-06-30' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', message: '执法证号 35088101T0001 已登记' });
    const yjjUnit = await demo.handle.db.selectFrom('unit').select('id').where('agencyId', '=', demo.world.agencyId('yjj')).executeTakeFirstOrThrow();
    expect(
      await codeOf(scj.registry.inspectors.create({ certificateNo: '35088102T0002', name: '测试员丙', certificateExpiry: '2028-06-30', unitId: yjjUnit.id })),
    ).toBe('BAD_REQUEST');
    const valid = await yjj.registry.inspectors.list({ filter: { validOn: '2026-12-01', expertise: 'fireworks' }, pageSize: 200 });
    expect(valid.rows.every((r) => r.certificateExpiry >= '2026-12-01' && r.expertise.includes('fireworks'))).toBe(true);
    expect(valid.rows.map((r) => r.certificateNo)).toContain('35088101T0001');
  });

  it('conflicts: the office sees its agency’s, an inspector only their own', async () => {
    const coord = await demo.world.as('yjj.coord');
    const inspectorUser = await demo.handle.db
      .selectFrom('inspector')
      .select(['id'])
      .where('userId', 'is not', null)
      .where('agencyId', '=', demo.world.agencyId('yjj'))
      .executeTakeFirstOrThrow();
    const object = (await coord.registry.objects.list({ pageSize: 1 })).rows[0]!;
    const { id } = await coord.registry.conflicts.create({
      inspectorId: inspectorUser.id,
      objectId: object.id,
      reasonCode: 'kinship',
      note: '配偶在该企业任职',
      validFrom: '2026-01-01',
    });
    const office = await coord.registry.conflicts.list({});
    expect(office.map((c) => c.id)).toContain(id);
    const own = await demo.handle.db.selectFrom('inspector').select('userId').where('id', '=', inspectorUser.id).executeTakeFirstOrThrow();
    const username = (await demo.handle.db.selectFrom('appUser').select('username').where('id', '=', own.userId!).executeTakeFirstOrThrow()).username;
    const mine = await (await demo.world.as(username)).registry.conflicts.list({});
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.inspectorId === inspectorUser.id)).toBe(true);
    expect(
      await codeOf(
        coord.registry.conflicts.create({
          inspectorId: inspectorUser.id,
          objectId: object.id,
          reasonCode: 'other',
          validFrom: '2026-05-01',
          validUntil: '2026-04-01',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('tags: agencies add and rename, only the platform admin retires one', async () => {
    const coord = await demo.world.as('yjj.coord');
    const { id } = await coord.registry.tags.create({ dimension: 'object_industry', code: 'lithium', name: '锂电池' });
    await coord.registry.tags.rename({ id, name: '锂电池制造' });
    expect(await codeOf(coord.registry.tags.archive({ id }))).toBe('FORBIDDEN');
    await (await demo.world.as('admin')).registry.tags.archive({ id });
    expect((await coord.registry.tags.list({ dimension: 'object_industry' })).map((t) => t.code)).not.toContain('lithium');
  });

  it('audit: the chain verifies, and a row changed behind the application’s back is found', async () => {
    const admin = await demo.world.as('admin');
    const report = await admin.audit.verify();
    expect(report).toMatchObject({ ok: true });
    expect(report.count).toBeGreaterThan(5);
    const events = await admin.audit.list({ limit: 3 });
    expect(events).toHaveLength(3);
    expect(await codeOf((await demo.world.as('yjj.coord')).audit.verify())).toBe('FORBIDDEN');

    const victim = events[1]!;
    await sql.raw('alter table audit_event disable trigger audit_event_append_only').execute(demo.handle.db);
    await sql`update audit_event set action = 'forged' where seq = ${victim.seq}`.execute(demo.handle.db);
    await sql.raw('alter table audit_event enable trigger audit_event_append_only').execute(demo.handle.db);
    expect(await admin.audit.verify()).toMatchObject({ ok: false, brokenAt: victim.seq, problem: 'hash_mismatch' });
  });
});
