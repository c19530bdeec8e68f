import type { PenaltyCategory, SanctionPartyKind, SanctionSeverity, SanctionStatus } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { filteredListing, type GetRow, type ListPage, type LockOption } from './listing.js';
import { checkSubjectFields } from './check-subject.js';
import { OBJECT_AGENCY_COLUMNS, outcomeRows, type OutcomeFilter, type OutcomeRowContext } from './outcome-rows.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';

export const SANCTION_SORT_FIELDS = ['decidedOn', 'decisionNo', 'createdAt', 'status'] as const;
export type SanctionSortField = (typeof SANCTION_SORT_FIELDS)[number];

export type SanctionFilter = OutcomeFilter<SanctionStatus>;

/** What a draft decision is written with. */
export interface SanctionFields {
  decisionNo: string;
  basis: string;
  penalty: string;
  fineFen: number | null;
  decidedOn: string;
  /** 双公示: 违法行为类型, 违法事实, 处罚类别, 处罚有效期, 失信行为程度, 公示截止期, 行政相对人类别. */
  violationType: string;
  facts: string;
  penaltyCategories: PenaltyCategory[];
  validUntil: string | null;
  severity: SanctionSeverity;
  publicityEndsOn: string;
  partyKind: SanctionPartyKind;
}

export interface SanctionRow extends SanctionFields, OutcomeRowContext {
  id: string;
  regionCode: string;
  checkId: string | null;
  objectId: string;
  agencyId: string;
  status: SanctionStatus;
  createdBy: string | null;
  createdAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
  publishedBy: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

const COLUMNS = [
  'sanction.id',
  'sanction.regionCode',
  'sanction.checkId',
  'sanction.objectId',
  'sanction.agencyId',
  'sanction.decisionNo',
  'sanction.basis',
  'sanction.penalty',
  'sanction.fineFen',
  'sanction.decidedOn',
  'sanction.violationType',
  'sanction.facts',
  'sanction.penaltyCategories',
  'sanction.validUntil',
  'sanction.severity',
  'sanction.publicityEndsOn',
  'sanction.partyKind',
  'sanction.status',
  'sanction.createdBy',
  'sanction.createdAt',
  'sanction.approvedBy',
  'sanction.approvedAt',
  'sanction.publishedBy',
  'sanction.publishedAt',
  'sanction.updatedAt',
  ...OBJECT_AGENCY_COLUMNS,
] as const;

const filtered = (db: Executor, scope: RegionScope, access: AccessFilter<'sanction'>, filter: SanctionFilter) =>
  outcomeRows(db, scope, 'sanction', access, filter);

const sanctions = filteredListing('sanction', filtered, (base) => base.select(COLUMNS).select(checkSubjectFields('sanction')), {});

export const listSanctions: ListPage<'sanction', SanctionSortField, SanctionFilter, SanctionRow> = sanctions.list;

export const getSanction: GetRow<'sanction', SanctionRow, LockOption> = sanctions.get;

/** Decision numbers are unique in a region (决定书文号); ignores abilities, only to refuse a duplicate. */
export async function findSanctionIdByDecisionNo(db: Executor, scope: RegionScope, decisionNo: string): Promise<string | undefined> {
  const row = await rowsInRegion(db, scope, 'sanction', { decisionNo }).select('id').executeTakeFirst();
  return row?.id;
}

export async function insertSanction(
  db: Executor,
  scope: RegionScope,
  fields: SanctionFields & { checkId: string | null; objectId: string; agencyId: string },
  createdBy: string,
): Promise<string> {
  return insertInRegion(db, scope, 'sanction', { ...fields, createdBy });
}

/** Edit a draft; false when it is no longer a draft. */
export async function updateSanctionDraft(db: Executor, scope: RegionScope, id: string, patch: Partial<SanctionFields>, at: Date): Promise<boolean> {
  return updateInRegion(db, scope, 'sanction', id, { ...patch, updatedAt: at }, 'draft');
}

export async function markSanctionApproved(db: Executor, scope: RegionScope, id: string, by: string, at: Date): Promise<boolean> {
  return updateInRegion(db, scope, 'sanction', id, { status: 'approved', approvedBy: by, approvedAt: at, updatedAt: at }, 'draft');
}

/** After this the row is immutable (a trigger refuses any change). */
export async function markSanctionPublished(db: Executor, scope: RegionScope, id: string, by: string, at: Date): Promise<boolean> {
  return updateInRegion(db, scope, 'sanction', id, { status: 'published', publishedBy: by, publishedAt: at, updatedAt: at }, 'approved');
}
