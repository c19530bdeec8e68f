import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { likePattern } from './list-query.js';

/**
 * `value` contains `text` anywhere, ignoring case. Pass `grams` where a GIN index of
 * `liancha_grams(value)` exists (migration 2026-12-08-19: object names, publication text): the
 * text's 2-character pieces find the candidates through it and `ILIKE` checks them. A text of one
 * character has no piece and is checked on every row.
 */
export function containsText(value: Expression<string>, text: string, grams = false): RawBuilder<SqlBool> {
  const like = sql<SqlBool>`${value} ilike ${likePattern(text)}`;
  if (!grams || [...text].length < 2) return like;
  return sql<SqlBool>`(liancha_grams(${value}) @> liancha_grams(${text}::text) and ${like})`;
}

/** What a search box over enterprises means: the name holds the text, or the USCC starts with it (USCCs are capitals). */
export function objectMatches(alias: string, text: string): RawBuilder<SqlBool> {
  const name = sql.ref<string>(`${alias}.name`);
  return sql<SqlBool>`(${containsText(name, text, true)} or ${sql.ref(`${alias}.uscc`)} like ${likePattern(text.toUpperCase(), 'prefix')})`;
}

/** The text the public search reads of a publication: its title and record, the proof bundle left out (the index's expression). */
export const publicationText = sql<string>`liancha_publication_text(publication.title, publication.payload)`;
