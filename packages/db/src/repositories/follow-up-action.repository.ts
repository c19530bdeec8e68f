import { sql } from 'kysely';
import { FOLLOW_UP_DEADLINE } from '@liancha/domain';
import type { CheckStatus, FollowUpKind, FollowUpStatus } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import { type AccessFilter, whereEqual } from './list-query.js';
import { filteredListing, type GetRow, type ListPage } from './listing.js';
import { checkSubjectFields } from './check-subject.js';
import { OBJECT_AGENCY_COLUMNS, type OutcomeRowContext } from './outcome-rows.js';
import { overdueWhere } from './overdue.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

// ── the check an outcome (follow-up, hazard, sanction) hangs on ─────────────

export interface OutcomeCheck {
  id: string;
  taskId: string;
  objectId: string;
  status: CheckStatus;
  /** Inspectors of the check's team: abilities decide by them. */
  teamInspectorIds: string[];
}

/** A check through the caller's abilities, with what an outcome row's authorisation needs. */
export async function getOutcomeCheck(db: Executor, scope: RegionScope, access: AccessFilter<'check'>, id: string): Promise<OutcomeCheck | undefined> {
  return rowsInRegion(db, scope, 'check', { id })
    .select(['check.id', 'check.taskId', 'check.objectId', 'check.status'])
    .select(
      sql<
        string[]
      >`array(select distinct tm.inspector_id::text from team_member tm where tm.check_id = "check".id and tm.region_code = "check".region_code order by 1)`.as(
        'teamInspectorIds',
      ),
    )
    .where(access)
    .executeTakeFirst();
}

// ── follow-up actions (后续处置) ─────────────────────────────────────────────

export const FOLLOW_UP_SORT_FIELDS = ['createdAt', 'deadline', 'kind', 'status'] as const;
export type FollowUpSortField = (typeof FOLLOW_UP_SORT_FIELDS)[number];

export interface FollowUpFilter {
  checkId?: string | undefined;
  objectId?: string | undefined;
  agencyId?: string | undefined;
  kinds?: FollowUpKind[] | undefined;
  status?: FollowUpStatus | undefined;
  /** Only open actions whose deadline lies before this date. */
  overdueOn?: string | undefined;
}

export interface FollowUpFields {
  checkId: string;
  agencyId: string;
  kind: FollowUpKind;
  target: string;
  deadline: string | null;
  note: string;
}

export interface FollowUpRow extends FollowUpFields, OutcomeRowContext {
  id: string;
  regionCode: string;
  status: FollowUpStatus;
  createdBy: string | null;
  createdAt: Date;
  closedBy: string | null;
  closedAt: Date | null;
  closureNote: string | null;
  objectId: string;
}

const virtualFields = checkSubjectFields('followUpAction');

function filtered(db: Executor, scope: RegionScope, access: AccessFilter<'followUpAction'>, filter: FollowUpFilter) {
  let query = rowsInRegion(db, scope, 'followUpAction')
    .innerJoin('check as c', sameRegion('c.id', 'followUpAction.checkId'))
    .innerJoin('object as o', sameRegion('o.id', 'c.objectId'))
    .innerJoin('agency as a', sameRegion('a.id', 'followUpAction.agencyId'))
    .where(access);
  query = whereEqual(query, 'followUpAction', { checkId: filter.checkId, agencyId: filter.agencyId, status: filter.status });
  if (filter.objectId) query = query.where('c.objectId', '=', filter.objectId);
  if (filter.kinds?.length) query = query.where('followUpAction.kind', 'in', filter.kinds);
  if (filter.overdueOn) query = query.where(overdueWhere('followUpAction', FOLLOW_UP_DEADLINE, filter.overdueOn));
  return query;
}

const COLUMNS = [
  'followUpAction.id',
  'followUpAction.regionCode',
  'followUpAction.checkId',
  'followUpAction.agencyId',
  'followUpAction.kind',
  'followUpAction.target',
  'followUpAction.deadline',
  'followUpAction.status',
  'followUpAction.note',
  'followUpAction.createdBy',
  'followUpAction.createdAt',
  'followUpAction.closedBy',
  'followUpAction.closedAt',
  'followUpAction.closureNote',
  'c.objectId',
  ...OBJECT_AGENCY_COLUMNS,
] as const;

const followUps = filteredListing('followUpAction', filtered, (base) => base.select(COLUMNS).select(virtualFields), {});

export const listFollowUps: ListPage<'followUpAction', FollowUpSortField, FollowUpFilter, FollowUpRow> = followUps.list;

export const getFollowUp: GetRow<'followUpAction', FollowUpRow> = followUps.get;

export async function insertFollowUp(db: Executor, scope: RegionScope, fields: FollowUpFields, createdBy: string): Promise<string> {
  return insertInRegion(db, scope, 'followUpAction', { ...fields, createdBy });
}

/** Close an open action; false when it was no longer open (a concurrent close). */
export async function closeFollowUp(
  db: Executor,
  scope: RegionScope,
  id: string,
  closure: { closedBy: string; closedAt: Date; closureNote: string },
): Promise<boolean> {
  return updateInRegion(db, scope, 'followUpAction', id, { status: 'closed', ...closure }, 'open');
}
