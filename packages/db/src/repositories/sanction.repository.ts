import type { SanctionStatus } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import { sortedPage, type AccessFilter, type Page, type PageRequest } from './list-query.js';
import { checkSubjectFields } from './check-subject.js';
import { OBJECT_AGENCY_COLUMNS, outcomeRows, type OutcomeFilter } from './outcome-rows.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';

export const SANCTION_SORT_FIELDS = ['decidedOn', 'decisionNo', 'createdAt', 'status'] as const;
export type SanctionSortField = (typeof SANCTION_SORT_FIELDS)[number];

export interface SanctionFilter extends OutcomeFilter {
  statuses?: SanctionStatus[] | undefined;
}

/** What a draft decision is written with. */
export interface SanctionFields {
  decisionNo: string;
  basis: string;
  penalty: string;
  fineFen: number | null;
  decidedOn: string;
}

export interface SanctionRow extends SanctionFields {
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
  objectName: string;
  uscc: string;
  agencyName: string;
  /** Virtual fields of the Sanction subject (the check's task, its team); empty without a check. */
  taskId: string[];
  teamInspectorIds: string[];
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

const virtualFields = checkSubjectFields('sanction');

function filtered(db: Executor, scope: RegionScope, access: AccessFilter<'sanction'>, filter: SanctionFilter) {
  let query = outcomeRows(db, scope, 'sanction', access, filter);
  if (filter.statuses?.length) query = query.where('sanction.status', 'in', filter.statuses);
  return query;
}

export async function listSanctions(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'sanction'>,
  request: PageRequest<SanctionSortField> & { filter: SanctionFilter },
): Promise<Page<SanctionRow>> {
  const base = filtered(db, scope, access, request.filter);
  return sortedPage(request, 'sanction', base.select(COLUMNS).select(virtualFields), base);
}

export async function getSanction(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'sanction'>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SanctionRow | undefined> {
  let query = filtered(db, scope, access, {}).select(COLUMNS).select(virtualFields).where('sanction.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('sanction');
  return query.executeTakeFirst();
}

/** Decision numbers are unique in a region (决定书文号); ignores abilities, only to refuse a duplicate. */
export async function findSanctionIdByDecisionNo(db: Executor, scope: RegionScope, decisionNo: string): Promise<string | undefined> {
  const row = await db.selectFrom('sanction').select('id').where('regionCode', '=', scope.regionCode).where('decisionNo', '=', decisionNo).executeTakeFirst();
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
