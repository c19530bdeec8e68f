import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { refreshStatistics, type DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { appRouter } from '../routers/app-router.js';
import { callerFor } from '../testing/caller.js';
import { sessionTokenFor } from '../testing/session.js';
import { MATRIX_CALLS } from './matrix-calls.js';
import { loadMatrixWorld, type MatrixWorld } from './matrix-world.js';
import { PERMISSION_MATRIX, PERSONAS, type Persona } from './permission-matrix.js';

const DENIALS = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND']);
const procedures = Object.keys(appRouter._def.procedures).sort();

describe('permission matrix: coverage', () => {
  it('has a row and a call for every procedure of the router, and none for procedures that are gone', () => {
    expect(Object.keys(PERMISSION_MATRIX).sort()).toEqual(procedures);
    expect(Object.keys(MATRIX_CALLS).sort()).toEqual(procedures);
  });

  it('writes one letter per persona and target', () => {
    for (const [path, row] of Object.entries(PERMISSION_MATRIX)) {
      for (const persona of Object.keys(PERSONAS) as Persona[]) {
        expect(row.expect[persona], `${path} × ${persona}`).toMatch(new RegExp(`^[YN]{${row.targets?.length ?? 1}}$`));
      }
    }
  });
});

describe(`permission matrix on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: MatrixWorld;
  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadMatrixWorld(handle.db);
    // PGlite has no autovacuum: without statistics its planner nests loops over rows it thinks are
    // few. Once, as the server does at start (maintain-statistics.ts); the calls add only a few rows.
    await refreshStatistics(handle.db);
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
  });

  async function outcome(persona: Persona, run: (api: Awaited<ReturnType<typeof callerFor>>) => Promise<unknown>): Promise<'Y' | 'N'> {
    const username = PERSONAS[persona];
    const token = persona === 'enterprise' ? await world.ent.token() : username ? await sessionTokenFor(handle.db, username) : undefined;
    const api = await callerFor(handle.db, token ? { token } : {});
    try {
      await run(api);
      return 'Y';
    } catch (error) {
      if (error instanceof TRPCError && DENIALS.has(error.code)) return 'N';
      throw error;
    }
  }

  for (const path of procedures) {
    it(
      path,
      async () => {
        const row = PERMISSION_MATRIX[path]!;
        const call = MATRIX_CALLS[path]!;
        const actual: Record<string, string> = {};
        for (const persona of Object.keys(PERSONAS) as Persona[]) {
          const letters = [];
          for (const relation of row.targets ?? (['own'] as const)) letters.push(await outcome(persona, (api) => call(api, world, relation)));
          actual[persona] = letters.join('');
        }
        expect(actual).toEqual(row.expect);
      },
      60_000,
    );
  }
});
