import type { DrawOutcome } from '@liancha/domain';
import { sql } from 'kysely';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/** Rows per statement: a million-object pool is written in ten. */
const CHUNK = 100_000;

/**
 * Who a frozen pool holds, written at the freeze: each enterprise of a stratum, and each one left
 * out with its reasons. Arrays through `unnest`, a chunk per statement (no per-row round trips).
 */
export async function insertPoolMembers(
  db: Executor,
  scope: RegionScope,
  drawId: string,
  pool: {
    strata: ReadonlyArray<{ id: string; objects: readonly string[] }>;
    excluded: ReadonlyArray<{ uscc: string; stratum: string; reasons: readonly string[] }>;
  },
): Promise<void> {
  const usccs: string[] = [];
  const strata: string[] = [];
  const reasons: (string | null)[] = [];
  const add = (uscc: string, stratum: string, excludedFor: string | null) => {
    usccs.push(uscc);
    strata.push(stratum);
    reasons.push(excludedFor);
  };
  for (const s of pool.strata) for (const uscc of s.objects) add(uscc, s.id, null);
  for (const e of pool.excluded) add(e.uscc, e.stratum, e.reasons.join(','));
  for (let i = 0; i < usccs.length; i += CHUNK) {
    await sql`
      insert into draw_pool_member (region_code, draw_id, uscc, stratum, excluded_for)
      select ${scope.regionCode}, ${drawId}::uuid, t.uscc, t.stratum, string_to_array(t.reasons, ',')
      from unnest(${sql.val(usccs.slice(i, i + CHUNK))}::text[], ${sql.val(strata.slice(i, i + CHUNK))}::text[], ${sql.val(reasons.slice(i, i + CHUNK))}::text[])
        as t(uscc, stratum, reasons)`.execute(db);
  }
}

/** A published draw that named the enterprise, with where it stood. */
export interface EnterpriseDrawRow {
  publicationId: string;
  taskCode: string;
  taskTitle: string;
  publishedAt: Date;
  seed: string;
  stratum: string;
  excludedFor: string[] | null;
  /** Its own row of the draw's results (drawn or a substitute), if any. */
  outcome: DrawOutcome | null;
  /** The stratum's cut-off: the highest ticket drawn (a smaller ticket wins), and how many were drawn. */
  cutOff: string | null;
  drawn: number;
}

/**
 * The region's published draws (the task notice in force, not a corrected one) whose frozen pool
 * named the USCC, newest first, at most `limit`: one index lookup, then each draw's stratum figures.
 */
export async function enterpriseDraws(db: Executor, scope: RegionScope, input: { uscc: string; limit: number }): Promise<EnterpriseDrawRow[]> {
  const { uscc } = input;
  const rows = await rowsInRegion(db, scope, 'drawPoolMember as m', { uscc })
    .innerJoin('draw as d', sameRegion('d.id', 'm.drawId'))
    .innerJoin('jointTask as t', sameRegion('t.id', 'd.taskId'))
    .innerJoin('publication as p', (join) =>
      join.onRef('p.regionCode', '=', 'd.regionCode').onRef('p.subjectId', '=', 'd.taskId').on('p.kind', '=', 'joint_task'),
    )
    .where('d.seed', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('publication as c').select('c.id').whereRef('c.regionCode', '=', 'p.regionCode').whereRef('c.correctsId', '=', 'p.id'))),
    )
    .select((eb) => [
      'p.id as publicationId',
      't.code as taskCode',
      't.title as taskTitle',
      'p.publishedAt',
      'd.seed',
      'm.stratum',
      'm.excludedFor',
      eb
        .selectFrom('drawResult as r')
        .select('r.outcome')
        .whereRef('r.regionCode', '=', 'm.regionCode')
        .whereRef('r.drawId', '=', 'm.drawId')
        .whereRef('r.uscc', '=', 'm.uscc')
        .as('outcome'),
      eb
        .selectFrom('drawResult as r')
        .select((x) => x.fn.max('r.ticket').as('cutOff'))
        .whereRef('r.regionCode', '=', 'm.regionCode')
        .whereRef('r.drawId', '=', 'm.drawId')
        .whereRef('r.stratum', '=', 'm.stratum')
        .where('r.outcome', '=', 'drawn')
        .as('cutOff'),
      eb
        .selectFrom('drawResult as r')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('r.regionCode', '=', 'm.regionCode')
        .whereRef('r.drawId', '=', 'm.drawId')
        .whereRef('r.stratum', '=', 'm.stratum')
        .where('r.outcome', '=', 'drawn')
        .as('drawn'),
    ])
    .orderBy('p.publishedAt', 'desc')
    .orderBy('p.id')
    .limit(input.limit)
    .execute();
  return rows.map((r) => ({ ...r, seed: r.seed!, outcome: r.outcome ?? null, cutOff: r.cutOff ?? null, drawn: Number(r.drawn ?? 0) }));
}
