import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { verifyAuditChain } from '@liancha/db';
import { testDbKind } from '@liancha/db/testing';
import { composeUscc } from '@liancha/domain';
import { loadDemoWorld } from '../../../testing/demo-world.js';
import { openDemoDb } from '../../../testing/demo-db.js';

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const newUscc = (n: number) => composeUscc({ authority: '9', entityType: '1', division: '350881', orgBody: `T${String(n).padStart(7, '0')}` });

describe(`registry.objects on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('lists only the objects the caller’s agency supervises, paged and sorted', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const all = await yjj.registry.objects.list({ pageSize: 10 });
    expect(all.total).toBe(513);
    expect(all.rows).toHaveLength(10);
    const names = all.rows.map((r) => r.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);

    const scj = await demo.world.as('scj.coord');
    const scjPage = await scj.registry.objects.list({ pageSize: 200 });
    const supervised = await demo.handle.db
      .selectFrom('objectSupervision')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('agencyId', '=', demo.world.agencyId('scj'))
      .executeTakeFirstOrThrow();
    expect(scjPage.total).toBe(supervised.n);
    expect(scjPage.total).toBeLessThan(513);
    for (const row of scjPage.rows) expect(row.supervisingAgencyIds).toContain(demo.world.agencyId('scj'));
  });

  it('reads the next page by cursor (rows tied to the microsecond included); a tampered value cannot move it, a malformed id is refused', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const sort = { field: 'updatedAt', direction: 'desc' } as const;
    const [first, second] = [await yjj.registry.objects.list({ pageSize: 10, sort }), await yjj.registry.objects.list({ pageSize: 10, sort, page: 2 })];
    const next = await yjj.registry.objects.list({ pageSize: 10, sort, page: 2, after: first.nextCursor });
    expect(next.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    const tampered = await yjj.registry.objects.list({ pageSize: 10, sort, page: 2, after: { value: '昨天', id: first.nextCursor!.id } });
    expect(tampered.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    const malformed = await errorOf(yjj.registry.objects.list({ pageSize: 10, sort, page: 2, after: { value: null, id: '昨天' } }));
    expect(malformed.code).toBe('BAD_REQUEST');
    expect(malformed.message).toContain('编号格式不正确');
  });

  it('filters by sector, risk class and search text', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const mines = await yjj.registry.objects.list({ filter: { sectorCode: 'non_coal_mine' }, pageSize: 100 });
    expect(mines.total).toBe(33);
    const risky = await yjj.registry.objects.list({ filter: { sectorCode: 'fireworks', riskClasses: ['C', 'D'] }, pageSize: 100 });
    expect(risky.rows.every((r) => r.sectorCode === 'fireworks' && (r.riskClass === 'C' || r.riskClass === 'D'))).toBe(true);
    const first = mines.rows[0]!;
    const found = await yjj.registry.objects.list({ filter: { search: first.uscc.slice(0, 12) } });
    expect(found.rows.map((r) => r.id)).toContain(first.id);
    const wildcard = await yjj.registry.objects.list({ filter: { search: '%' } });
    expect(wildcard.total).toBe(0);
  });

  it('creates an object, records the audit event, and refuses a bad USCC with its check character', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const uscc = newUscc(1);
    const created = await yjj.registry.objects.create({
      uscc,
      name: '漳平市测试新材料有限公司',
      townshipCode: '350881001',
      sectorCode: 'industry_trade',
      riskClass: 'B',
    });
    expect(created.created).toBe(true);
    const event = await demo.handle.db
      .selectFrom('auditEvent')
      .select(['action', 'subjectId', 'after'])
      .where('subjectId', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(event.action).toBe('object.create');
    expect(event.after).toMatchObject({ uscc, name: '漳平市测试新材料有限公司' });

    const bad = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const error = await errorOf(yjj.registry.objects.create({ uscc: bad, name: 'x', townshipCode: '350881001', sectorCode: 'industry_trade', riskClass: 'B' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(error.cause)).toContain('第18位校验码应为');
  });

  it('refuses an unknown sector or township by field, in Chinese', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const error = await errorOf(
      yjj.registry.objects.create({ uscc: newUscc(2), name: '某公司', townshipCode: '350881999', sectorCode: 'coal_mine', riskClass: 'B' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('未知的行业领域“coal_mine”');
    expect(error.message).toContain('350881999');
  });

  it('links an enterprise another agency supervises instead of duplicating it, and refuses a true duplicate', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const scj = await demo.world.as('scj.coord');
    const uscc = newUscc(3);
    const first = await yjj.registry.objects.create({
      uscc,
      name: '漳平市共管企业有限公司',
      townshipCode: '350881001',
      sectorCode: 'industry_trade',
      riskClass: 'C',
    });
    await expect(scj.registry.objects.get({ id: first.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const linked = await scj.registry.objects.create({ uscc, name: '任意名称', townshipCode: '350881001', sectorCode: 'industry_trade', riskClass: 'A' });
    expect(linked).toEqual({ id: first.id, created: false });
    const row = await scj.registry.objects.get({ id: first.id });
    expect(row.name).toBe('漳平市共管企业有限公司');
    expect(row.riskClass).toBe('C');
    const dup = await errorOf(yjj.registry.objects.create({ uscc, name: 'x', townshipCode: '350881001', sectorCode: 'industry_trade', riskClass: 'B' }));
    expect(dup.code).toBe('CONFLICT');

    // Archiving by one supervisor only takes it out of that agency's directory.
    expect(await scj.registry.objects.archive({ id: first.id })).toEqual({ archived: false });
    await expect(scj.registry.objects.get({ id: first.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await yjj.registry.objects.get({ id: first.id })).archivedAt).toBeNull();
  });

  it('updates with before/after in the audit log, and archives instead of deleting', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const { id } = await yjj.registry.objects.create({
      uscc: newUscc(4),
      name: '漳平市待更名有限公司',
      townshipCode: '350881001',
      sectorCode: 'industry_trade',
      riskClass: 'B',
    });
    const updated = await yjj.registry.objects.update({ id, patch: { name: '漳平市已更名有限公司', address: '漳平市桂林街道新址' } });
    expect(updated).toMatchObject({ name: '漳平市已更名有限公司', riskClass: 'B' });
    const event = await demo.handle.db
      .selectFrom('auditEvent')
      .select(['before', 'after'])
      .where('subjectId', '=', id)
      .where('action', '=', 'object.update')
      .executeTakeFirstOrThrow();
    expect(event.before).toMatchObject({ name: '漳平市待更名有限公司', address: '' });
    expect(event.after).toMatchObject({ name: '漳平市已更名有限公司', address: '漳平市桂林街道新址' });
    // The risk class drives the next draw: it changes only with a reason, through the credit record.
    expect((await errorOf(yjj.registry.objects.update({ id, patch: { riskClass: 'D' } as never }))).code).toBe('BAD_REQUEST');

    expect(await yjj.registry.objects.archive({ id })).toEqual({ archived: true });
    expect((await yjj.registry.objects.list({ filter: { search: '已更名' } })).total).toBe(0);
    expect((await yjj.registry.objects.list({ filter: { search: '已更名', includeArchived: true } })).total).toBe(1);
    expect(await demo.handle.db.selectFrom('object').select('id').where('id', '=', id).executeTakeFirst()).toBeDefined();
    expect(await verifyAuditChain(demo.handle.db, '350881')).toMatchObject({ ok: true });
  });

  it('keeps agencies and regions apart: out of reach is NOT_FOUND, read-only is FORBIDDEN', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const mine = (await yjj.registry.objects.list({ filter: { sectorCode: 'non_coal_mine' }, pageSize: 1 })).rows[0]!;
    const onlyYjj = await demo.handle.db
      .selectFrom('object as o')
      .select('o.id')
      .where('o.regionCode', '=', '350881')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('objectSupervision as s')
              .select('s.objectId')
              .whereRef('s.objectId', '=', 'o.id')
              .where('s.agencyId', '=', demo.world.agencyId('scj')),
          ),
        ),
      )
      .limit(1)
      .executeTakeFirstOrThrow();

    const scj = await demo.world.as('scj.coord');
    expect((await errorOf(scj.registry.objects.get({ id: onlyYjj.id }))).code).toBe('NOT_FOUND');
    expect((await errorOf(scj.registry.objects.update({ id: onlyYjj.id, patch: { name: '越权改名' } }))).code).toBe('NOT_FOUND');
    const other = await demo.world.as('xl.coord');
    expect((await errorOf(other.registry.objects.get({ id: mine.id }))).code).toBe('NOT_FOUND');
    expect((await other.registry.objects.list({})).total).toBe(0);

    const inspector = await demo.world.as('yjj.insp1');
    expect((await inspector.registry.objects.get({ id: mine.id })).id).toBe(mine.id);
    expect((await errorOf(inspector.registry.objects.update({ id: mine.id, patch: { name: '越权改名' } }))).code).toBe('FORBIDDEN');
    const leader = await demo.world.as('ldxz.zhang');
    expect((await leader.registry.objects.list({})).total).toBeGreaterThanOrEqual(513);
    expect(
      (await errorOf(leader.registry.objects.create({ uscc: newUscc(5), name: 'x', townshipCode: '350881001', sectorCode: 'industry_trade', riskClass: 'B' })))
        .code,
    ).toBe('FORBIDDEN');
  });
});
