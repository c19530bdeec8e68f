import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { USCC_CHARSET } from '@liancha/domain';
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

/**
 * What a search box over enterprises means: the name holds the text, or the USCC starts with it
 * (USCCs are capitals). Text no USCC can start with (a Chinese fragment) tests the name alone:
 * inside an OR the planner checks the pieces again on every candidate, which costs more than the
 * index saves.
 */
export function objectMatches(alias: string, text: string): RawBuilder<SqlBool> {
  const name = containsText(sql.ref<string>(`${alias}.name`), text, true);
  const prefix = text.toUpperCase();
  if (![...prefix].every((ch) => USCC_CHARSET.includes(ch))) return name;
  return sql<SqlBool>`(${name} or ${sql.ref(`${alias}.uscc`)} like ${likePattern(prefix, 'prefix')})`;
}

/** The text the public search reads of a publication: its title and record, the proof bundle left out (the index's expression). */
export const publicationText = sql<string>`liancha_publication_text(publication.title, publication.payload)`;
