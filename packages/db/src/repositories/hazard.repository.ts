import type { Updateable } from 'kysely';
import type { HazardProgressKind, HazardSeverity, HazardStatus, HazardTable, InspectionOutcome, ListingLevel } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { filteredListing, type GetRow, type ListPage, type LockOption } from './listing.js';
import { checkSubjectFields } from './check-subject.js';
import { OBJECT_AGENCY_COLUMNS, outcomeRows, type OutcomeFilter, type OutcomeRowContext } from './outcome-rows.js';
import { hazardOverdueWhere } from './overdue.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export const HAZARD_SORT_FIELDS = ['foundOn', 'createdAt', 'updatedAt', 'rectificationDeadline', 'listingDeadline', 'status'] as const;
export type HazardSortField = (typeof HAZARD_SORT_FIELDS)[number];

export interface HazardFilter extends OutcomeFilter<HazardStatus> {
  severity?: HazardSeverity | undefined;
  /** Only hazards overdue on this date (see overdueOn below). */
  overdueOn?: string | undefined;
}

export interface HazardFields {
  checkId: string | null;
  objectId: string;
  agencyId: string;
  severity: HazardSeverity;
  description: string;
  foundOn: string;
  rectificationDeadline: string | null;
}

export interface HazardRow extends HazardFields, OutcomeRowContext {
  id: string;
  regionCode: string;
  status: HazardStatus;
  listingLevel: ListingLevel | null;
  supervisingBody: string | null;
  listedAt: Date | null;
  listingDeadline: string | null;
  planResponsibility: string | null;
  planMeasures: string | null;
  planFunds: string | null;
  planTimeLimit: string | null;
  planContingency: string | null;
  planFiledAt: Date | null;
  rectifiedOn: string | null;
  reinspectionDue: string | null;
  reinspectedOn: string | null;
  acceptanceRequestedOn: string | null;
  acceptanceDue: string | null;
  acceptedOn: string | null;
  acceptedBy: string | null;
  writtenOffAt: Date | null;
  resumptionApprovedBy: string | null;
  resumptionApprovedAt: Date | null;
  escalatedAt: Date | null;
  escalationNote: string | null;
  escalationMeasures: string[];
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Columns a state transition may write. */
export type HazardPatch = Omit<Updateable<HazardTable>, 'id' | 'regionCode' | 'objectId' | 'agencyId' | 'severity' | 'checkId' | 'createdAt' | 'createdBy'>;

const COLUMNS = [
  'hazard.id',
  'hazard.regionCode',
  'hazard.checkId',
  'hazard.objectId',
  'hazard.agencyId',
  'hazard.severity',
  'hazard.description',
  'hazard.foundOn',
  'hazard.rectificationDeadline',
  'hazard.status',
  'hazard.listingLevel',
  'hazard.supervisingBody',
  'hazard.listedAt',
  'hazard.listingDeadline',
  'hazard.planResponsibility',
  'hazard.planMeasures',
  'hazard.planFunds',
  'hazard.planTimeLimit',
  'hazard.planContingency',
  'hazard.planFiledAt',
  'hazard.rectifiedOn',
  'hazard.reinspectionDue',
  'hazard.reinspectedOn',
  'hazard.acceptanceRequestedOn',
  'hazard.acceptanceDue',
  'hazard.acceptedOn',
  'hazard.acceptedBy',
  'hazard.writtenOffAt',
  'hazard.resumptionApprovedBy',
  'hazard.resumptionApprovedAt',
  'hazard.escalatedAt',
  'hazard.escalationNote',
  'hazard.escalationMeasures',
  'hazard.createdBy',
  'hazard.createdAt',
  'hazard.updatedAt',
  ...OBJECT_AGENCY_COLUMNS,
] as const;

function filtered(db: Executor, scope: RegionScope, access: AccessFilter<'hazard'>, filter: HazardFilter) {
  let query = outcomeRows(db, scope, 'hazard', access, filter);
  if (filter.severity) query = query.where('hazard.severity', '=', filter.severity);
  if (filter.overdueOn) query = query.where(hazardOverdueWhere('hazard', filter.overdueOn));
  return query;
}

const hazards = filteredListing('hazard', filtered, (base) => base.select(COLUMNS).select(checkSubjectFields('hazard')), {});

export const listHazards: ListPage<'hazard', HazardSortField, HazardFilter, HazardRow> = hazards.list;

/** Load one hazard through the caller's abilities; `forUpdate` locks it for a transition. */
export const getHazard: GetRow<'hazard', HazardRow, LockOption> = hazards.get;

export async function insertHazard(db: Executor, scope: RegionScope, fields: HazardFields, createdBy: string): Promise<string> {
  return insertInRegion(db, scope, 'hazard', { ...fields, createdBy });
}

/** Write a transition, only if the hazard is still in the state it was read in. */
export async function updateHazard(db: Executor, scope: RegionScope, id: string, expected: HazardStatus, patch: HazardPatch, at: Date): Promise<boolean> {
  return updateInRegion(db, scope, 'hazard', id, { ...patch, updatedAt: at }, expected);
}

// ── the timeline (hazard_progress) ──────────────────────────────────────────

export interface HazardStepFields {
  kind: HazardProgressKind;
  note: string;
  reportedOn: string;
  outcome: InspectionOutcome | null;
  newDeadline: string | null;
  details: Record<string, unknown>;
}

export interface HazardStepRow extends HazardStepFields {
  id: string;
  hazardId: string;
  reportedBy: string | null;
  reportedByName: string | null;
  createdAt: Date;
}

export async function insertHazardStep(
  db: Executor,
  scope: RegionScope,
  hazardId: string,
  step: HazardStepFields,
  reportedBy: string,
  at: Date,
): Promise<string> {
  return insertInRegion(db, scope, 'hazardProgress', { ...step, hazardId, reportedBy, createdAt: at });
}

/** The hazard's steps in order; the caller has loaded the hazard through its abilities. */
export async function listHazardSteps(db: Executor, scope: RegionScope, hazardId: string): Promise<HazardStepRow[]> {
  return rowsInRegion(db, scope, 'hazardProgress as p', { hazardId })
    .leftJoin('appUser as u', sameRegion('u.id', 'p.reportedBy'))
    .select([
      'p.id',
      'p.hazardId',
      'p.kind',
      'p.note',
      'p.reportedOn',
      'p.outcome',
      'p.newDeadline',
      'p.details',
      'p.reportedBy',
      'u.displayName as reportedByName',
      'p.createdAt',
    ])
    .orderBy('p.seq')
    .execute();
}
