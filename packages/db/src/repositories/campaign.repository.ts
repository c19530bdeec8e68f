import { sql } from 'kysely';
import type { CampaignLevel, CampaignStatus } from '../schema/campaigns.js';
import type { Executor, RegionScope } from './executor.js';
import { likePattern, type AccessFilter } from './list-query.js';
import { filteredListing, type GetRow, type ListPage, type LockOption } from './listing.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { sameRegion } from './rows-in-region.js';

export const CAMPAIGN_SORT_FIELDS = ['createdAt', 'status', 'windowFrom'] as const;
export type CampaignSortField = (typeof CAMPAIGN_SORT_FIELDS)[number];

export interface CampaignFilter {
  /** Matches the campaign's name. */
  search?: string | undefined;
  agencyId?: string | undefined;
  year?: number | undefined;
  statuses?: CampaignStatus[] | undefined;
}

/** What a 专项检查's plan is written with. */
export interface CampaignFields {
  agencyId: string;
  year: number;
  name: string;
  legalBasis: string;
  content: string;
  scopeSectors: string[];
  scopeCount: number | null;
  scopeNote: string;
  level: CampaignLevel;
  deployedBy: string | null;
  windowFrom: string;
  windowTo: string;
}

export interface CampaignRow extends CampaignFields {
  id: string;
  regionCode: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  filedAt: Date | null;
  filingNo: string | null;
  filedWith: string | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  withdrawnAt: Date | null;
  updatedAt: Date;
  agencyName: string;
  /** Who took each step, by name. */
  createdByName: string;
  submittedByName: string | null;
  decidedByName: string | null;
  filedByName: string | null;
  publishedByName: string | null;
}

const COLUMNS = [
  'inspectionCampaign.id',
  'inspectionCampaign.regionCode',
  'inspectionCampaign.agencyId',
  'inspectionCampaign.year',
  'inspectionCampaign.name',
  'inspectionCampaign.legalBasis',
  'inspectionCampaign.content',
  'inspectionCampaign.scopeSectors',
  'inspectionCampaign.scopeCount',
  'inspectionCampaign.scopeNote',
  'inspectionCampaign.level',
  'inspectionCampaign.deployedBy',
  'inspectionCampaign.windowFrom',
  'inspectionCampaign.windowTo',
  'inspectionCampaign.status',
  'inspectionCampaign.createdBy',
  'inspectionCampaign.createdAt',
  'inspectionCampaign.submittedAt',
  'inspectionCampaign.decidedAt',
  'inspectionCampaign.decisionNote',
  'inspectionCampaign.filedAt',
  'inspectionCampaign.filingNo',
  'inspectionCampaign.filedWith',
  'inspectionCampaign.publishedAt',
  'inspectionCampaign.closedAt',
  'inspectionCampaign.withdrawnAt',
  'inspectionCampaign.updatedAt',
  'a.name as agencyName',
] as const;

const nameOf = <A extends string>(column: string, alias: A) =>
  sql<
    string | null
  >`(select u.display_name from app_user u where u.region_code = inspection_campaign.region_code and u.id = ${sql.ref(`inspection_campaign.${column}`)})`.as(
    alias,
  );
const people = [
  sql<string>`(select u.display_name from app_user u where u.region_code = inspection_campaign.region_code and u.id = inspection_campaign.created_by)`.as(
    'createdByName',
  ),
  nameOf('submitted_by', 'submittedByName'),
  nameOf('decided_by', 'decidedByName'),
  nameOf('filed_by', 'filedByName'),
  nameOf('published_by', 'publishedByName'),
];

const filtered = (db: Executor, scope: RegionScope, access: AccessFilter<'inspectionCampaign'>, filter: CampaignFilter) => {
  let query = db
    .selectFrom('inspectionCampaign')
    .innerJoin('agency as a', sameRegion('a.id', 'inspectionCampaign.agencyId'))
    .where('inspectionCampaign.regionCode', '=', scope.regionCode)
    .where(access);
  if (filter.search?.trim()) query = query.where('inspectionCampaign.name', 'ilike', likePattern(filter.search.trim()));
  if (filter.agencyId) query = query.where('inspectionCampaign.agencyId', '=', filter.agencyId);
  if (filter.year !== undefined) query = query.where('inspectionCampaign.year', '=', filter.year);
  if (filter.statuses?.length) query = query.where('inspectionCampaign.status', 'in', filter.statuses);
  return query;
};

const campaigns = filteredListing('inspectionCampaign', filtered, (base) => base.select(COLUMNS).select(people), {}, { keyset: { nullable: [] } });

/** A page of the campaigns the caller may read, by cursor. */
export const listCampaigns: ListPage<'inspectionCampaign', CampaignSortField, CampaignFilter, CampaignRow> = campaigns.list;

export const getCampaign: GetRow<'inspectionCampaign', CampaignRow, LockOption> = campaigns.get;

/** A new plan (草稿) of the caller's agency. */
export async function insertCampaign(db: Executor, scope: RegionScope, fields: CampaignFields, by: string): Promise<string> {
  return insertInRegion(db, scope, 'inspectionCampaign', { ...fields, createdBy: by });
}

/** One step's write, only from the state it was read in; false when someone moved it first. */
export type CampaignMove =
  | { step: 'submit'; by: string; at: Date }
  | { step: 'approve'; by: string; at: Date; note: string | null }
  | { step: 'reject'; by: string; at: Date; note: string }
  | { step: 'file'; by: string; at: Date; filingNo: string; filedWith: string }
  | { step: 'publish'; by: string; at: Date }
  | { step: 'close'; by: string; at: Date }
  | { step: 'withdraw'; by: string; at: Date };

export async function moveCampaign(db: Executor, scope: RegionScope, id: string, from: CampaignStatus, move: CampaignMove): Promise<boolean> {
  const { by, at } = move;
  const patch = (() => {
    switch (move.step) {
      case 'submit':
        return { status: 'submitted', submittedBy: by, submittedAt: at } as const;
      case 'approve':
        return { status: 'approved', decidedBy: by, decidedAt: at, decisionNote: move.note } as const;
      case 'reject':
        return { status: 'rejected', decidedBy: by, decidedAt: at, decisionNote: move.note } as const;
      case 'file':
        return { status: 'filed', filedBy: by, filedAt: at, filingNo: move.filingNo, filedWith: move.filedWith } as const;
      case 'publish':
        return { status: 'published', publishedBy: by, publishedAt: at } as const;
      case 'close':
        return { status: 'closed', closedBy: by, closedAt: at } as const;
      case 'withdraw':
        return { status: 'withdrawn', withdrawnBy: by, withdrawnAt: at } as const;
    }
  })();
  return updateInRegion(db, scope, 'inspectionCampaign', id, { ...patch, updatedAt: at }, from);
}

/**
 * Locks the agency's row until the transaction ends: submissions of one agency's campaigns then
 * count its quota one after another, so two at once cannot both take its last place. (NO KEY: rows
 * referencing the agency are still inserted meanwhile.)
 */
export async function lockAgencyForQuota(db: Executor, scope: RegionScope, agencyId: string): Promise<void> {
  await db.selectFrom('agency').select('id').where('regionCode', '=', scope.regionCode).where('id', '=', agencyId).forNoKeyUpdate().execute();
}

/** States whose campaigns count toward the yearly quota (the domain's CAMPAIGN_COUNTED_STATUSES). */
export async function countCampaignsOfYear(
  db: Executor,
  scope: RegionScope,
  agencyId: string,
  year: number,
  statuses: readonly CampaignStatus[],
  exceptId?: string,
): Promise<number> {
  let query = db
    .selectFrom('inspectionCampaign')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('regionCode', '=', scope.regionCode)
    .where('agencyId', '=', agencyId)
    .where('year', '=', year)
    .where('status', 'in', [...statuses]);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** The leadership group's quota for the agency and year, or null when none is set. */
export async function findCampaignQuota(db: Executor, scope: RegionScope, agencyId: string, year: number): Promise<number | null> {
  const row = await db
    .selectFrom('campaignQuota')
    .select('quota')
    .where('regionCode', '=', scope.regionCode)
    .where('agencyId', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row?.quota ?? null;
}

/** Sets (or changes) an agency's quota for a year. */
export async function setCampaignQuota(db: Executor, scope: RegionScope, agencyId: string, year: number, quota: number, by: string, at: Date): Promise<void> {
  await db
    .insertInto('campaignQuota')
    .values({ regionCode: scope.regionCode, agencyId, year, quota, setBy: by, setAt: at })
    .onConflict((oc) => oc.columns(['regionCode', 'agencyId', 'year']).doUpdateSet({ quota, setBy: by, setAt: at }))
    .execute();
}

/** Every agency of the region with its quota for the year (null: the default) and its campaigns counted toward it, in one query. */
export async function listCampaignQuotas(
  db: Executor,
  scope: RegionScope,
  year: number,
  counted: readonly CampaignStatus[],
): Promise<{ agencyId: string; agencyName: string; quota: number | null; counted: number }[]> {
  const rows = await db
    .selectFrom('agency as a')
    .leftJoin('campaignQuota as q', (join) => join.onRef('q.regionCode', '=', 'a.regionCode').onRef('q.agencyId', '=', 'a.id').on('q.year', '=', year))
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('inspectionCampaign')
          .select(['agencyId', (e) => e.fn.countAll<string>().as('n')])
          .where('regionCode', '=', scope.regionCode)
          .where('year', '=', year)
          .where('status', 'in', [...counted])
          .groupBy('agencyId')
          .as('c'),
      (join) => join.onRef('c.agencyId', '=', 'a.id'),
    )
    .select(['a.id as agencyId', 'a.name as agencyName', 'q.quota', 'c.n'])
    .where('a.regionCode', '=', scope.regionCode)
    .orderBy('a.name')
    .execute();
  return rows.map(({ n, ...row }) => ({ ...row, counted: Number(n ?? 0) }));
}
