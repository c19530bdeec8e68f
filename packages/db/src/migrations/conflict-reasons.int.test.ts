import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CONFLICT_REASONS } from '@liancha/domain';
import { testDbKind } from '../testing/index.js';
import { suiteDb } from '../test-support/suite-db.js';

describe(`the conflict table on ${testDbKind()}`, () => {
  const handle = suiteDb();

  it('takes exactly the 回避 reasons of the domain’s one list', async () => {
    const { rows } = await sql<{ definition: string }>`
      select pg_get_constraintdef(c.oid) as definition from pg_constraint c
      where c.conrelid = 'conflict'::regclass and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%reason_code%'`.execute(handle.db);
    expect(rows).toHaveLength(1);
    const codes = [...rows[0]!.definition.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect([...codes].sort()).toEqual([...CONFLICT_REASONS].sort());
  });
});
