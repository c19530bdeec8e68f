import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, type LogConfig } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { DB } from './schema/database.js';
import { PgliteDialect } from './pglite-dialect.js';
import { OID, parseDate, parseInt8 } from './type-parsers.js';

export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  db: Kysely<DB>;
  kind: DbKind;
  /** Where the data lives, for logs: the data directory or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory (default `./.data/pglite`); ignored for PostgreSQL. */
  dataDir?: string | undefined;
  /** An already opened PGlite instance (test harness, in-memory use). */
  pglite?: PGlite;
  /** Maximum PostgreSQL connections in the pool. */
  maxConnections?: number;
  /** Kysely's query log (benchmarks time each statement with it); none by default. */
  log?: LogConfig;
}

/** The one way to open the database: PostgreSQL when a URL is given, else embedded PGlite. */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.maxConnections ?? 10, options.log);
  if (options.pglite) return wrapPglite(options.pglite, 'memory');
  const dataDir = resolve(options.dataDir ?? '.data/pglite');
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { parsers: pgliteParsers });
  return wrapPglite(pglite, dataDir);
}

export const pgliteParsers = { [OID.int8]: parseInt8, [OID.date]: parseDate };

function wrapPglite(pglite: PGlite, location: string): DbHandle {
  const db = new Kysely<DB>({ dialect: new PgliteDialect(pglite), plugins: [new CamelCasePlugin()] });
  return { db, kind: 'pglite', location, close: () => db.destroy() };
}

function openPostgres(url: string, max: number, log: LogConfig | undefined): DbHandle {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // The API's statements are short; compiling a year's figures to machine code took a second of
    // each view (950 ms of a figure's 10.9 s on the province bench) and earned nothing back.
    connection: { jit: 'off' },
    types: {
      int8: { to: OID.int8, from: [OID.int8], serialize: (v: number) => String(v), parse: parseInt8 },
      date: { to: OID.date, from: [OID.date], serialize: (v: string) => v, parse: parseDate },
    },
  });
  const db = new Kysely<DB>({ dialect: new PostgresJSDialect({ postgres: client }), plugins: [new CamelCasePlugin()], ...(log ? { log } : {}) });
  return { db, kind: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}
