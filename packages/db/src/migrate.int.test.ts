import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { testDbKind } from './testing/index.js';
import { suiteDb } from './test-support/suite-db.js';

describe(`schema on ${testDbKind()}`, () => {
  const handle = suiteDb();

  it('has applied every migration, and migrating again is a no-op', async () => {
    const rows = await sql<{ name: string }>`select name from schema_migration order by name`.execute(handle.db);
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    expect((await migrateToLatest(handle.db)).applied).toEqual([]);
  });

  it('creates every table of the domain with region_code on tenant rows', async () => {
    const result = await sql<{ tableName: string; hasRegion: boolean }>`
      select t.table_name,
             exists (select 1 from information_schema.columns c
                     where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'region_code') as has_region
      from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
        and t.table_name not like 'schema_migration%'`.execute(handle.db);
    const tables = Object.fromEntries(result.rows.map((r) => [r.tableName, r.hasRegion]));
    // Not tenant tables: reference data, and login throttle counters keyed by a name or an address that has no region.
    const global = ['region', 'sector', 'login_throttle', 'login_name', 'platform_audit_event'];
    expect(tables['import_job'], 'table import_job').toBe(true);
    for (const name of [
      'agency',
      'unit',
      'app_user',
      'user_session',
      'object',
      'inspector',
      'conflict',
      'inspection_item',
      'object_supervision',
      'annual_plan',
      'plan_batch',
      'joint_task',
      'joint_task_participant',
      'draw',
      'draw_entropy',
      'draw_result',
      'draw_substitution',
      'check',
      'team_member',
      'check_result',
      'follow_up_action',
      'attachment',
      'hazard',
      'hazard_progress',
      'sanction',
      'credit_record',
      'publication',
      'supervision_note',
      'audit_event',
      'tag',
      'township',
    ]) {
      expect(tables[name], `table ${name}`).toBe(true);
    }
    for (const name of global) expect(name in tables, `table ${name}`).toBe(true);
  });

  it('refuses a reference from one region to a row of another', async () => {
    const db = handle.db;
    await db
      .insertInto('region')
      .values([
        { code: '350881', name: '漳平市', level: 'county', parentCode: null },
        { code: '350802', name: '新罗区', level: 'county', parentCode: null },
      ])
      .execute();
    const agency = await db
      .insertInto('agency')
      .values({ regionCode: '350881', code: 'yjj', name: '漳平市应急管理局', shortName: '应急局', kind: 'emergency' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      db.insertInto('unit').values({ regionCode: '350802', agencyId: agency.id, code: 'x', name: '外区股室', kind: 'division' }).execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  const auditRow = (regionCode: string | null, hash: string) => ({
    regionCode,
    actorUserId: null,
    action: 'test',
    subjectKind: 'test',
    subjectId: null,
    before: null,
    after: { a: 1 },
    prevHash: '0'.repeat(64),
    hash: hash.repeat(64),
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    const db = handle.db;
    await db.insertInto('auditEvent').values(auditRow('350881', 'a')).execute();
    await expect(db.updateTable('auditEvent').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('auditEvent').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_event`.execute(db)).rejects.toThrow(/append-only/);
    const count = await db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it("keeps the platform chain (no region) as append-only as the regions' chains", async () => {
    const db = handle.db;
    await db.insertInto('platformAuditEvent').values(auditRow(null, 'b')).execute();
    await expect(db.updateTable('platformAuditEvent').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('platformAuditEvent').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate platform_audit_event`.execute(db)).rejects.toThrow(/append-only/);
    await expect(db.insertInto('platformAuditEvent').values(auditRow('350881', 'c')).execute()).rejects.toThrow(/check/i);
  });

  it('reads int8 as number and date as YYYY-MM-DD on both engines', async () => {
    const row = await sql<{ n: number; d: string; t: Date }>`select 42::int8 as n, date '2020-05-28' as d, now() as t`.execute(handle.db);
    expect(row.rows[0]).toMatchObject({ n: 42, d: '2020-05-28' });
    expect(row.rows[0]?.t).toBeInstanceOf(Date);
  });
});
