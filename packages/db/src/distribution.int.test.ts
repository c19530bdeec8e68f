import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDbKind } from './testing/index.js';
import { suiteDb } from './test-support/suite-db.js';

/**
 * The schema stays distributable by region (Citus, docs/scale-out.md): every key and unique index
 * of a tenant table includes `region_code`, and every foreign key between tenant tables carries it
 * on both sides, so that one region's rows can live on one shard and never reference another's.
 */

// Copied to every node (reference tables) or kept on the coordinator: they have no region, or rows of every region.
const NOT_DISTRIBUTED = new Set([
  'region',
  'sector',
  'holiday_schedule',
  'holiday_schedule_day',
  'login_name',
  'login_throttle',
  'platform_audit_event',
  // Runners claim the oldest job of any region with FOR UPDATE SKIP LOCKED, which Citus runs on one node only.
  'job',
  'schema_migration',
  'schema_migration_lock',
]);

interface KeyRow {
  tableName: string;
  name: string;
  kind: string;
  columns: string[];
  refTable: string | null;
  refColumns: string[] | null;
}

describe(`distributable schema on ${testDbKind()}`, () => {
  const handle = suiteDb();

  async function keys(): Promise<KeyRow[]> {
    const constraints = await sql<KeyRow>`
      select c.conrelid::regclass::text as table_name, c.conname as name, c.contype::text as kind,
             array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
             case when c.contype = 'f' then c.confrelid::regclass::text end as ref_table,
             case when c.contype = 'f' then array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                   join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) end as ref_columns
      from pg_constraint c join pg_namespace s on s.oid = c.connamespace
      where s.nspname = 'public' and c.contype in ('p', 'u', 'f')`.execute(handle.db);
    // Unique indexes made with CREATE UNIQUE INDEX are not constraints but bind Citus the same way.
    const indexes = await sql<KeyRow>`
      select i.indrelid::regclass::text as table_name, x.relname::text as name, 'i' as kind,
             array(select coalesce(a.attname::text, '(expression)') from unnest(i.indkey::int2[]) with ordinality k(n, o)
                   left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o) as columns,
             null as ref_table, null as ref_columns
      from pg_index i join pg_class x on x.oid = i.indexrelid join pg_namespace s on s.oid = x.relnamespace
      where s.nspname = 'public' and i.indisunique
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u'))`.execute(handle.db);
    return [...constraints.rows, ...indexes.rows];
  }

  it('reads the keys of the catalog (the check below has something to check)', async () => {
    const all = await keys();
    expect(all.filter((k) => k.tableName === 'object' && k.kind === 'p')).toHaveLength(1);
    expect(all.some((k) => k.kind === 'f' && k.tableName === 'object_supervision' && k.refTable === 'object')).toBe(true);
  });

  it('gives every key, unique index and foreign key of a tenant table its region_code', async () => {
    const offenders: string[] = [];
    for (const key of await keys()) {
      if (NOT_DISTRIBUTED.has(key.tableName)) {
        // A table every node holds cannot point at rows that live on one of them.
        if (key.kind === 'f' && key.refTable && !NOT_DISTRIBUTED.has(key.refTable))
          offenders.push(`${key.tableName}.${key.name} -> ${key.refTable}: reference table pointing at a distributed one`);
        continue;
      }
      const label = `${key.tableName}.${key.name} (${key.columns.join(', ')})`;
      if (key.kind !== 'f') {
        if (!key.columns.includes('region_code')) offenders.push(`${label}: key without region_code`);
        continue;
      }
      if (key.refTable && NOT_DISTRIBUTED.has(key.refTable)) continue;
      const at = key.columns.indexOf('region_code');
      if (at < 0 || key.refColumns?.[at] !== 'region_code') offenders.push(`${label} -> ${key.refTable}: foreign key without region_code on both sides`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps region_code not null on every tenant table', async () => {
    const rows = await sql<{ tableName: string }>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.column_name = 'region_code' and c.is_nullable = 'YES'`.execute(handle.db);
    expect(rows.rows.map((r) => r.tableName).filter((t) => !NOT_DISTRIBUTED.has(t))).toEqual([]);
  });
});
