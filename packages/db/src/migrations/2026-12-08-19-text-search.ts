import { sql, type Kysely } from 'kysely';

/**
 * Searching a fragment of a name, and the start of a USCC, through indexes (province scale:
 * `ILIKE '%…%'` read every one of a million objects).
 *
 * `liancha_grams(text)` is the set of a text's 2-character pieces, lower-cased ("应急管理" →
 * {应急, 急管, 管理}). A text containing a fragment contains all of the fragment's pieces, so a GIN
 * index of the pieces finds the candidates and `ILIKE` checks them. Why pieces of two and not
 * pg_trgm's three: the commonest Chinese searches are two characters (应急, 矿业, 漳平), from which
 * pg_trgm extracts no trigram, so its index would read every entry exactly there; pieces of two
 * serve every fragment of two characters or more, in any script, and need no extension on either
 * engine. A one-character search still reads every row (docs/benchmarks/api.md).
 *
 * The USCC prefix (a char(18)) reads a `bpchar_pattern_ops` index: under a non-C collation (C.UTF-8 included)
 * `LIKE 'X%'` cannot use the ordinary one.
 *
 * The public search reads a publication's title and record text (its proof bundle left out), as
 * `liancha_publication_text(title, payload)`, the same expression in the index and the query.
 */
const statements = [
  // Characters split once and paired with the next (substr at each position is quadratic on a long
  // text). The cost tells the planner a call is dear, so it reads the index rather than calling it per row.
  `create function liancha_grams(value text) returns text[] language sql immutable strict parallel safe cost 1000 as $$
     select coalesce(array_agg(distinct g), '{}') from (
       select ch || lead(ch) over (order by n) as g from unnest(string_to_array(lower(value), null)) with ordinality u(ch, n)
     ) pairs where g is not null
   $$`,
  `create function liancha_publication_text(title text, payload jsonb) returns text language sql immutable parallel safe as $$
     select title || ' ' || coalesce((payload #- '{draw,bundle}')::text, '')
   $$`,
  `create index object_name_grams_idx on object using gin (liancha_grams(name))`,
  `create index object_uscc_prefix_idx on object (region_code, uscc bpchar_pattern_ops)`,
  `create index publication_text_grams_idx on publication using gin (liancha_grams(liancha_publication_text(title, payload)))`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
