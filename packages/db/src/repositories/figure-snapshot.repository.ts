import { sql } from 'kysely';
import type { Executor, RegionScope } from './executor.js';

/** A kept figure: what it answered, when, and how long computing it took. */
export interface FigureSnapshot {
  payload: unknown;
  computedAt: Date;
  durationMs: number;
}

export async function readFigureSnapshot(db: Executor, scope: RegionScope, figure: string, key: string): Promise<FigureSnapshot | undefined> {
  return db
    .selectFrom('figureSnapshot')
    .select(['payload', 'computedAt', 'durationMs'])
    .where('regionCode', '=', scope.regionCode)
    .where('figure', '=', figure)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Keeps a figure; a snapshot computed earlier than the one kept never replaces it (two refreshes crossing). */
export async function saveFigureSnapshot(
  db: Executor,
  scope: RegionScope,
  snapshot: FigureSnapshot & { figure: string; key: string; params: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('figureSnapshot')
    .values({ regionCode: scope.regionCode, ...snapshot })
    .onConflict((oc) =>
      oc
        .columns(['regionCode', 'figure', 'key'])
        .doUpdateSet((eb) => ({
          params: eb.ref('excluded.params'),
          payload: eb.ref('excluded.payload'),
          computedAt: eb.ref('excluded.computedAt'),
          durationMs: eb.ref('excluded.durationMs'),
        }))
        .where('figureSnapshot.computedAt', '<', (eb) => eb.ref('excluded.computedAt')),
    )
    .execute();
}

/**
 * Whether the region holds at least `n` checks, reading at most `n` index entries: how the
 * figures decide between computing on each view and keeping a snapshot.
 */
export async function regionHasChecks(db: Executor, scope: RegionScope, n: number): Promise<boolean> {
  if (n <= 0) return true;
  const result = await sql<{ n: number }>`
    select count(*)::int as n from (select 1 from "check" where region_code = ${scope.regionCode} limit ${n}) c`.execute(db);
  return (result.rows[0]?.n ?? 0) >= n;
}
