import { sql, type Kysely } from 'kysely';

/**
 * Anchoring the audit chain (docs/audit-anchoring.md).
 *
 * 1. Every event gets its position in its region's chain (`chain_seq`: 1, 2, 3 … per region,
 *    the platform's events without a region forming their own chain), unique per region. The
 *    application sets it when it appends (under the chain's lock, knowing the head); a trigger
 *    numbers any other insert; existing rows are numbered in `seq` order, which is their chain
 *    order (appends to a chain are serialised by an advisory lock). The hash does not cover the position and need not:
 *    each hash covers the previous one back to the genesis, so it fixes its own position.
 * 2. `audit_anchor` keeps every published chain head (position + hash), append-only like the log.
 */
const statements = [
  `alter table audit_event add column chain_seq bigint`,
  // The numbering of existing rows is the one change this table ever allows.
  `alter table audit_event disable trigger audit_event_append_only`,
  `update audit_event a set chain_seq = n.position
     from (select seq, row_number() over (partition by region_code order by seq) as position from audit_event) n
    where a.seq = n.seq`,
  `alter table audit_event enable trigger audit_event_append_only`,
  `alter table audit_event alter column chain_seq set not null`,
  `create unique index audit_event_chain_seq_idx on audit_event (region_code, chain_seq) nulls not distinct`,
  // The application numbers its appends itself (it holds the chain's lock and knows the head);
  // any other insert is numbered here.
  `create function liancha_audit_chain_seq() returns trigger language plpgsql as $$
   begin
     if new.region_code is null then
       select coalesce(max(chain_seq), 0) + 1 into new.chain_seq from audit_event where region_code is null;
     else
       select coalesce(max(chain_seq), 0) + 1 into new.chain_seq from audit_event where region_code = new.region_code;
     end if;
     return new;
   end
   $$`,
  // The WHEN clause keeps the application's appends free of a function call per row.
  `create trigger audit_event_chain_seq before insert on audit_event
     for each row when (new.chain_seq is null) execute function liancha_audit_chain_seq()`,

  `create table audit_anchor (
     id bigint generated always as identity,
     region_code char(6) not null references region(code),
     position bigint not null check (position >= 0),
     head_hash char(64) not null,
     anchored_at timestamptz not null,
     anchored_on date not null,
     reason text not null check (reason in ('daily','publication')),
     publication_id uuid,
     primary key (region_code, id),
     check ((reason = 'publication') = (publication_id is not null)),
     foreign key (region_code, publication_id) references publication(region_code, id)
   )`,
  // At most one daily anchor per region and Beijing day, whatever number of API processes try.
  `create unique index audit_anchor_daily_idx on audit_anchor (region_code, anchored_on) where reason = 'daily'`,
  `create unique index audit_anchor_publication_idx on audit_anchor (region_code, publication_id) where publication_id is not null`,
  `create index audit_anchor_position_idx on audit_anchor (region_code, position)`,
  `create trigger audit_anchor_append_only before update or delete on audit_anchor
     for each row execute function liancha_refuse_change()`,
  `create trigger audit_anchor_no_truncate before truncate on audit_anchor
     for each statement execute function liancha_refuse_change()`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `drop table audit_anchor`,
    `drop trigger audit_event_chain_seq on audit_event`,
    `drop function liancha_audit_chain_seq()`,
    `drop index audit_event_chain_seq_idx`,
    `alter table audit_event drop column chain_seq`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
