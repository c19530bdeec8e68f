import { sql, type Kysely } from 'kysely';

/**
 * Province scale (a million objects in a region).
 *
 * Each order the object registry offers reads an index in that order and stops after a page,
 * instead of sorting every visible row; the id ends each key because it breaks ties in the listing's
 * order and in its keyset cursor.
 *
 * "Supervised by my agency" — the permission filter of every agency list — is a column of the object
 * (`supervising_agency_ids`, the sorted ids of its object_supervision rows, as text) kept equal to the
 * links by statement triggers, so that a page in name order tests it on the index scan's rows
 * instead of joining a million links. A GIN index serves agencies that supervise few objects.
 */
const ORDER_COLUMNS = ['name', 'uscc', 'sector_code', 'risk_class', 'township_code', 'updated_at', 'last_inspected_on'] as const;

/** Recompute the column for the objects named by a transition table (`changed`). */
const refresh = (changed: string) => `
  update object o set supervising_agency_ids = coalesce(
    (select array_agg(s.agency_id::text order by s.agency_id) from object_supervision s where s.object_id = o.id), '{}')
  where o.id in (select object_id from ${changed})`;

const statements = [
  `alter table object add column supervising_agency_ids text[] not null default '{}'`,
  `update object o set supervising_agency_ids = s.ids
     from (select object_id, array_agg(agency_id::text order by agency_id) as ids from object_supervision group by object_id) s
    where s.object_id = o.id`,
  `create function liancha_object_supervision_inserted() returns trigger language plpgsql as $$
   begin ${refresh('inserted')}; return null; end $$`,
  `create function liancha_object_supervision_deleted() returns trigger language plpgsql as $$
   begin ${refresh('deleted')}; return null; end $$`,
  `create function liancha_object_supervision_updated() returns trigger language plpgsql as $$
   begin ${refresh('(select object_id from deleted union select object_id from inserted) as changed')}; return null; end $$`,
  `create trigger object_supervision_inserted after insert on object_supervision
     referencing new table as inserted for each statement execute function liancha_object_supervision_inserted()`,
  `create trigger object_supervision_deleted after delete on object_supervision
     referencing old table as deleted for each statement execute function liancha_object_supervision_deleted()`,
  `create trigger object_supervision_updated after update on object_supervision
     referencing old table as deleted new table as inserted for each statement execute function liancha_object_supervision_updated()`,
  `create index if not exists object_supervising_agencies_idx on object using gin (supervising_agency_ids)`,
  ...ORDER_COLUMNS.map((column) => `create index if not exists object_order_${column}_idx on object (region_code, ${column}, id)`),
  `create index if not exists object_supervision_agency_object_idx on object_supervision (region_code, agency_id, object_id)`,
  `drop index if exists object_supervision_agency_idx`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`create index if not exists object_supervision_agency_idx on object_supervision (region_code, agency_id)`).execute(db);
  await sql.raw('drop index if exists object_supervision_agency_object_idx').execute(db);
  for (const column of ORDER_COLUMNS) await sql.raw(`drop index if exists object_order_${column}_idx`).execute(db);
  for (const event of ['inserted', 'deleted', 'updated']) {
    await sql.raw(`drop trigger if exists object_supervision_${event} on object_supervision`).execute(db);
    await sql.raw(`drop function if exists liancha_object_supervision_${event}()`).execute(db);
  }
  await sql.raw('alter table object drop column if exists supervising_agency_ids').execute(db);
}
