import type { ColumnType, Generated } from 'kysely';

/** A column filled by the database (default or identity) and never written by the app. */
export type Auto<T> = Generated<T>;
/** timestamptz: read as Date, written as Date or ISO string, defaulted by the database. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** date: 'YYYY-MM-DD' both ways (see type-parsers.ts). */
export type DateString = string;
/** jsonb: pass plain values, never JSON text — postgres.js would store a string as a JSON string scalar. */
export type Json<T> = ColumnType<T, T, T>;
export type TextArray = ColumnType<string[], string[] | undefined, string[]>;
/** timestamptz with a database default that the app may also write (updated_at, last_seen_at). */
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
