import { sql, type Kysely } from 'kysely';

/**
 * Counts of objects kept as the objects change, for the figures that counted a million rows on
 * every view (the leadership's coverage, the public region overview):
 *
 * - `object_tally`: objects per region, sector, supervision category, status and archived or not;
 * - `supervision_tally`: the same per supervising agency (an object counts once for each agency
 *   in its `supervising_agency_ids`).
 *
 * Statement triggers on `object` add what the statement's new rows bring and take away what its
 * old rows held, one grouped upsert per statement (a million-row import is one statement's work,
 * not a million). Links change `supervising_agency_ids` through their own triggers, so an
 * object's update covers them too. Upserts go in key order, so two writers lock counters in the
 * same order. `liancha_recount_tallies(region)` counts a region again from its rows;
 * `object-tally.int.test.ts` holds the counters equal to a recount. (No `check (n >= 0)`: an upsert
 * checks the row it proposes, a negative difference, before it finds the row to add it to.)
 */
const KEY = 'region_code, sector_code, supervision_category, status, archived';

const rowsOf = (table: string, sign: 1 | -1) =>
  `select region_code, sector_code, supervision_category, status, archived_at is not null as archived, supervising_agency_ids, ${sign} as d from ${table}`;

/** Add the grouped difference of `rows` (a union of signed new and old rows) to both tallies. */
const apply = (rows: string) => `
  insert into object_tally as t (${KEY}, n)
    select ${KEY}, sum(d) from (${rows}) x group by ${KEY} having sum(d) <> 0 order by ${KEY}
    on conflict (${KEY}) do update set n = t.n + excluded.n;
  insert into supervision_tally as t (region_code, agency_id, sector_code, supervision_category, status, archived, n)
    select region_code, agency_id::uuid, sector_code, supervision_category, status, archived, sum(d)
    from (${rows}) x cross join unnest(x.supervising_agency_ids) a(agency_id)
    group by region_code, agency_id, sector_code, supervision_category, status, archived having sum(d) <> 0
    order by region_code, agency_id, sector_code, supervision_category, status, archived
    on conflict (region_code, agency_id, sector_code, supervision_category, status, archived) do update set n = t.n + excluded.n`;

const statements = [
  `create table object_tally (
     region_code char(6) not null references region(code),
     sector_code text not null,
     supervision_category text not null,
     status text not null,
     archived boolean not null,
     n bigint not null,
     primary key (${KEY})
   )`,
  `create table supervision_tally (
     region_code char(6) not null references region(code),
     agency_id uuid not null,
     sector_code text not null,
     supervision_category text not null,
     status text not null,
     archived boolean not null,
     n bigint not null,
     primary key (region_code, agency_id, sector_code, supervision_category, status, archived)
   )`,
  `create function liancha_object_tally_inserted() returns trigger language plpgsql as $$
   begin ${apply(rowsOf('inserted', 1))}; return null; end $$`,
  `create function liancha_object_tally_deleted() returns trigger language plpgsql as $$
   begin ${apply(rowsOf('deleted', -1))}; return null; end $$`,
  `create function liancha_object_tally_updated() returns trigger language plpgsql as $$
   begin ${apply(`${rowsOf('inserted', 1)} union all ${rowsOf('deleted', -1)}`)}; return null; end $$`,
  `create trigger object_tally_inserted after insert on object
     referencing new table as inserted for each statement execute function liancha_object_tally_inserted()`,
  `create trigger object_tally_deleted after delete on object
     referencing old table as deleted for each statement execute function liancha_object_tally_deleted()`,
  `create trigger object_tally_updated after update on object
     referencing old table as deleted new table as inserted for each statement execute function liancha_object_tally_updated()`,
  `create function liancha_recount_tallies(region char(6)) returns void language plpgsql as $$
   begin
     delete from object_tally where region_code = region;
     delete from supervision_tally where region_code = region;
     ${apply(`${rowsOf('object', 1)} where region_code = region`)};
   end $$`,
  `select liancha_recount_tallies(code) from region`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
