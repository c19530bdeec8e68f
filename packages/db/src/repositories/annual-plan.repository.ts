import type { PlanStatus } from '../schema/planning.js';
import type { Executor, RegionScope } from './executor.js';
import { type AccessFilter, whereEqual } from './list-query.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export interface PlanBatchInput {
  seq: number;
  name: string;
  startsOn: string;
  endsOn: string;
  quantity: number | null;
  ratioBp: number | null;
  scope: Record<string, unknown>;
}

export interface PlanFields {
  title: string;
  ratioFloorBp: number;
  frequencyCaps: Record<string, number>;
  notes: string;
}

export interface PlanRow extends PlanFields {
  id: string;
  regionCode: string;
  agencyId: string;
  year: number;
  version: number;
  status: PlanStatus;
  previousVersionId: string | null;
  adjustmentReason: string | null;
  createdBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface PlanDetail extends PlanRow {
  itemIds: string[];
  batches: (PlanBatchInput & { id: string })[];
}

/** What a plan says, as the plan pages and a publication's source both read it. */
export const PLAN_CONTENT_COLUMNS = [
  'annualPlan.agencyId',
  'annualPlan.year',
  'annualPlan.version',
  'annualPlan.title',
  'annualPlan.status',
  'annualPlan.ratioFloorBp',
  'annualPlan.frequencyCaps',
  'annualPlan.notes',
  'annualPlan.previousVersionId',
  'annualPlan.adjustmentReason',
] as const;

const COLUMNS = [
  'annualPlan.id',
  'annualPlan.regionCode',
  ...PLAN_CONTENT_COLUMNS,
  'annualPlan.createdBy',
  'annualPlan.submittedAt',
  'annualPlan.approvedBy',
  'annualPlan.approvedAt',
  'annualPlan.publishedAt',
  'annualPlan.createdAt',
  'annualPlan.updatedAt',
] as const;

export async function listPlans(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'annualPlan'>,
  filter: { year?: number | undefined; agencyId?: string | undefined },
): Promise<PlanRow[]> {
  let query = rowsInRegion(db, scope, 'annualPlan').select(COLUMNS).where(access);
  query = whereEqual(query, 'annualPlan', { year: filter.year, agencyId: filter.agencyId });
  return query.orderBy('annualPlan.year', 'desc').orderBy('annualPlan.agencyId').orderBy('annualPlan.version', 'desc').execute();
}

export async function getPlan(db: Executor, scope: RegionScope, access: AccessFilter<'annualPlan'>, id: string): Promise<PlanDetail | undefined> {
  const plan = await rowsInRegion(db, scope, 'annualPlan', { id }).select(COLUMNS).where(access).executeTakeFirst();
  if (!plan) return undefined;
  const [items, batches] = await Promise.all([
    db.selectFrom('annualPlanItem').select('itemId').where('planId', '=', id).orderBy('itemId').execute(),
    db
      .selectFrom('planBatch')
      .select(['id', 'seq', 'name', 'startsOn', 'endsOn', 'quantity', 'ratioBp', 'scope'])
      .where('planId', '=', id)
      .orderBy('seq')
      .execute(),
  ]);
  return { ...plan, itemIds: items.map((i) => i.itemId), batches };
}

/** The agency's plan of a year that is not superseded: the one to adjust or draw from. */
export async function findLatestPlan(db: Executor, scope: RegionScope, agencyId: string, year: number): Promise<PlanRow | undefined> {
  return rowsInRegion(db, scope, 'annualPlan', { agencyId, year }).select(COLUMNS).orderBy('annualPlan.version', 'desc').limit(1).executeTakeFirst();
}

/** The agency's plan in force for a year: its latest published version (what the public reads), if any. */
export async function findPlanInForce(db: Executor, scope: RegionScope, agencyId: string, year: number): Promise<PlanDetail | undefined> {
  const plan = await rowsInRegion(db, scope, 'annualPlan', { agencyId, year, status: 'published' })
    .select('id')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return plan ? getPlan(db, scope, (eb) => eb.lit(true), plan.id) : undefined;
}

/**
 * Sequence numbers of the batches of an agency's plans for a year (any version) whose task
 * has been drawn: those batches are done, whatever version of the plan is approved next.
 */
export async function drawnBatchSeqs(db: Executor, scope: RegionScope, agencyId: string, year: number): Promise<number[]> {
  const rows = await rowsInRegion(db, scope, 'planBatch as b')
    .innerJoin('annualPlan as p', sameRegion('p.id', 'b.planId'))
    .innerJoin('jointTask as t', sameRegion('t.planBatchId', 'b.id'))
    .innerJoin('draw as d', sameRegion('d.taskId', 't.id'))
    .select('b.seq')
    .distinct()
    .where('p.agencyId', '=', agencyId)
    .where('p.year', '=', year)
    .where('d.drawnAt', 'is not', null)
    .where('t.status', '<>', 'cancelled')
    .orderBy('b.seq')
    .execute();
  return rows.map((r) => r.seq);
}

export async function insertPlan(
  db: Executor,
  scope: RegionScope,
  plan: PlanFields & { agencyId: string; year: number; version: number; previousVersionId: string | null; adjustmentReason: string | null; createdBy: string },
): Promise<string> {
  return insertInRegion(db, scope, 'annualPlan', { ...plan });
}

export async function updatePlan(
  db: Executor,
  scope: RegionScope,
  id: string,
  patch: Partial<PlanFields> & Partial<Pick<PlanRow, 'status' | 'submittedAt' | 'approvedBy' | 'approvedAt' | 'publishedAt'>>,
  at: Date,
): Promise<void> {
  await updateInRegion(db, scope, 'annualPlan', id, { ...patch, updatedAt: at });
}

/** Replace a draft's items and batches (drafts only: batches of a published version stay as they were). */
export async function replacePlanContents(db: Executor, scope: RegionScope, planId: string, itemIds: string[], batches: PlanBatchInput[]): Promise<void> {
  await db.deleteFrom('annualPlanItem').where('regionCode', '=', scope.regionCode).where('planId', '=', planId).execute();
  await db.deleteFrom('planBatch').where('regionCode', '=', scope.regionCode).where('planId', '=', planId).execute();
  if (itemIds.length > 0)
    await db
      .insertInto('annualPlanItem')
      .values(itemIds.map((itemId) => ({ regionCode: scope.regionCode, planId, itemId })))
      .execute();
  if (batches.length > 0)
    await db
      .insertInto('planBatch')
      .values(batches.map((b) => ({ ...b, regionCode: scope.regionCode, planId })))
      .execute();
}

/** Every version of an agency's plan for a year, newest first: adjustments keep their history. */
export async function planVersions(db: Executor, scope: RegionScope, agencyId: string, year: number) {
  return rowsInRegion(db, scope, 'annualPlan', { agencyId, year })
    .select(['id', 'version', 'status', 'adjustmentReason', 'approvedAt', 'publishedAt', 'createdAt'])
    .orderBy('version', 'desc')
    .execute();
}

export async function getPlanBatch(db: Executor, scope: RegionScope, batchId: string) {
  return rowsInRegion(db, scope, 'planBatch as b', { id: batchId })
    .innerJoin('annualPlan as p', sameRegion('p.id', 'b.planId'))
    .select([
      'b.id',
      'b.planId',
      'b.seq',
      'b.name',
      'b.startsOn',
      'b.endsOn',
      'b.quantity',
      'b.ratioBp',
      'p.agencyId',
      'p.year',
      'p.status',
      'p.ratioFloorBp',
      'p.frequencyCaps',
    ])
    .executeTakeFirst();
}

export async function countPlanBatches(db: Executor, scope: RegionScope, planId: string): Promise<number> {
  const row = await rowsInRegion(db, scope, 'planBatch', { planId })
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
