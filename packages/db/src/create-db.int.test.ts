import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDbKind } from './testing/index.js';
import { suiteDb } from './test-support/suite-db.js';

const onPostgres = testDbKind() === 'postgres';
if (!onPostgres) console.log('[liancha] connection settings: only on PostgreSQL (PGlite compiles no queries to machine code)');

describe.runIf(onPostgres)(`the API's connections (${testDbKind()})`, () => {
  const suite = suiteDb();

  it('run without JIT compilation, which cost a province-sized figure a second per view', async () => {
    const { rows } = await sql<{ jit: string }>`select current_setting('jit') as jit`.execute(suite.db);
    expect(rows[0]!.jit).toBe('off');
  });
});
