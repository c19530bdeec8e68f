import { sql, type Kysely } from 'kysely';

/**
 * The public list and search read notices newest first, the id breaking ties (a draw's and a
 * batch's notices share their instant; the bench's year has 30,000 notices at one instant): the
 * order's index ends with the id, so a page stops after its rows instead of sorting every tie.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw('create index if not exists publication_order_published_idx on publication (region_code, published_at desc, id)').execute(db);
  await sql.raw('drop index if exists publication_region_published_idx').execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('create index if not exists publication_region_published_idx on publication (region_code, published_at desc)').execute(db);
  await sql.raw('drop index if exists publication_order_published_idx').execute(db);
}
