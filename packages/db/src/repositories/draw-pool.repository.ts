import type { DrawOutcome } from '@liancha/domain';
import { sql } from 'kysely';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/**
 * Who a frozen pool holds — each enterprise of a stratum, and each one left out with its reasons —
 * read from the draw's stored inputs by PostgreSQL itself, once per draw (a draw already indexed is
 * left as it is). Done when the task is first published: only published draws are shown to an
 * enterprise, and at a million objects the few seconds it takes stay out of the freeze and the draw.
 */
export async function indexDrawPool(db: Executor, scope: RegionScope, drawId: string): Promise<void> {
  const unindexed = sql`d.region_code = ${scope.regionCode} and d.id = ${drawId}::uuid and d.commitment_inputs is not null
    and not exists (select 1 from draw_pool_member m where m.region_code = d.region_code and m.draw_id = d.id)`;
  await sql`
    with pool as (select d.region_code, d.id, (d.commitment_inputs::jsonb)->'pool' as pool from draw d where ${unindexed})
    insert into draw_pool_member (region_code, draw_id, uscc, stratum, excluded_for)
    select p.region_code, p.id, o.uscc, s.value->>'id', null
    from pool p, jsonb_array_elements(p.pool->'strata') s, jsonb_array_elements_text(s.value->'objects') o(uscc)
    union all
    select p.region_code, p.id, e.value->>'uscc', e.value->>'stratum', array(select jsonb_array_elements_text(e.value->'reasons'))
    from pool p, jsonb_array_elements(p.pool->'excluded') e`.execute(db);
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
