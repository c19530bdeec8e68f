import { sql } from 'kysely';
import type { CaseCheckKind, CaseCheckStatus, CaseTrigger } from '../schema/checks.js';
import type { CampaignLevel } from '../schema/campaigns.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { filteredListing, type GetRow, type ListPage, type LockOption } from './listing.js';
import { OBJECT_AGENCY_COLUMNS, outcomeRows, type OutcomeFilter } from './outcome-rows.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion } from './rows-in-region.js';

export const CASE_CHECK_SORT_FIELDS = ['requestedAt', 'status'] as const;
export type CaseCheckSortField = (typeof CASE_CHECK_SORT_FIELDS)[number];

export type CaseCheckFilter = Omit<OutcomeFilter<CaseCheckStatus>, 'checkId'> & {
  /** The checks under one 专项检查. */
  campaignId?: string | undefined;
};

/** What a 个案检查 — or a check under a 专项检查 (kind `campaign`, naming its campaign, no trigger) — is requested with. */
export interface CaseCheckFields {
  agencyId: string;
  objectId: string;
  kind?: CaseCheckKind;
  campaignId?: string | null;
  trigger: CaseTrigger | null;
  reason: string;
  legalBasis: string;
  windowFrom: string;
  windowTo: string;
  emergency: boolean;
}

export interface CaseCheckRow extends CaseCheckFields {
  id: string;
  kind: CaseCheckKind;
  campaignId: string | null;
  /** The campaign's name and level (上级部署: exempt from the caps), for a campaign's check. */
  campaignName: string | null;
  campaignLevel: CampaignLevel | null;
  regionCode: string;
  status: CaseCheckStatus;
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  endedOn: string | null;
  findings: string | null;
  inspectionCode: string | null;
  updatedAt: Date;
  objectName: string;
  uscc: string;
  agencyName: string;
  /** Who asked and who decided, by name. */
  requestedByName: string;
  decidedByName: string | null;
  /** The officers' inspector ids: the subject's relation for the abilities (an officer reads their checks). */
  officerIds: string[];
}

const COLUMNS = [
  'caseCheck.id',
  'caseCheck.regionCode',
  'caseCheck.agencyId',
  'caseCheck.objectId',
  'caseCheck.kind',
  'caseCheck.campaignId',
  'caseCheck.trigger',
  'caseCheck.reason',
  'caseCheck.legalBasis',
  'caseCheck.windowFrom',
  'caseCheck.windowTo',
  'caseCheck.emergency',
  'caseCheck.status',
  'caseCheck.requestedBy',
  'caseCheck.requestedAt',
  'caseCheck.decidedBy',
  'caseCheck.decidedAt',
  'caseCheck.decisionNote',
  'caseCheck.endedOn',
  'caseCheck.findings',
  'caseCheck.inspectionCode',
  'caseCheck.updatedAt',
  ...OBJECT_AGENCY_COLUMNS,
] as const;

const people = [
  sql<string | null>`(select c.name from inspection_campaign c where c.region_code = case_check.region_code and c.id = case_check.campaign_id)`.as(
    'campaignName',
  ),
  sql<CampaignLevel | null>`(select c.level from inspection_campaign c where c.region_code = case_check.region_code and c.id = case_check.campaign_id)`.as(
    'campaignLevel',
  ),
  sql<string>`(select u.display_name from app_user u where u.region_code = case_check.region_code and u.id = case_check.requested_by)`.as('requestedByName'),
  sql<string | null>`(select u.display_name from app_user u where u.region_code = case_check.region_code and u.id = case_check.decided_by)`.as('decidedByName'),
  sql<
    string[]
  >`array(select o.inspector_id::text from case_check_officer o where o.region_code = case_check.region_code and o.case_check_id = case_check.id order by 1)`.as(
    'officerIds',
  ),
];

const filtered = (db: Executor, scope: RegionScope, access: AccessFilter<'caseCheck'>, filter: CaseCheckFilter) => {
  const { campaignId, ...shared } = filter;
  const rows = outcomeRows(db, scope, 'caseCheck', access, shared);
  return campaignId ? rows.where('caseCheck.campaignId', '=', campaignId) : rows;
};

const caseChecks = filteredListing('caseCheck', filtered, (base) => base.select(COLUMNS).select(people), {});

export const listCaseChecks: ListPage<'caseCheck', CaseCheckSortField, CaseCheckFilter, CaseCheckRow> = caseChecks.list;

export const getCaseCheck: GetRow<'caseCheck', CaseCheckRow, LockOption> = caseChecks.get;

/** A request and its officers, in the caller's transaction. */
export async function insertCaseCheck(db: Executor, scope: RegionScope, fields: CaseCheckFields, officerIds: readonly string[], by: string): Promise<string> {
  const id = await insertInRegion(db, scope, 'caseCheck', { ...fields, requestedBy: by });
  await db
    .insertInto('caseCheckOfficer')
    .values(officerIds.map((inspectorId) => ({ regionCode: scope.regionCode, caseCheckId: id, inspectorId })))
    .execute();
  return id;
}

/** 审批: approved (with its 检查码) or rejected, only while it waits; false when someone decided first. */
export async function decideCaseCheck(
  db: Executor,
  scope: RegionScope,
  id: string,
  decision:
    { status: 'approved'; inspectionCode: string; by: string; at: Date; note: string | null } | { status: 'rejected'; by: string; at: Date; note: string },
): Promise<boolean> {
  const { status, by, at, note } = decision;
  const inspectionCode = decision.status === 'approved' ? decision.inspectionCode : null;
  return updateInRegion(db, scope, 'caseCheck', id, { status, inspectionCode, decidedBy: by, decidedAt: at, decisionNote: note, updatedAt: at }, 'submitted');
}

/** What the public reads of a check by its 检查码 (扫码入企): no reason, no findings — only that it is lawful and who comes. */
export interface InspectionCodeFacts {
  kind: CaseCheckKind;
  /** The 专项检查 a campaign's check belongs to. */
  campaignName: string | null;
  status: CaseCheckStatus;
  emergency: boolean;
  agencyName: string;
  objectName: string;
  uscc: string;
  trigger: CaseTrigger | null;
  legalBasis: string;
  windowFrom: string;
  windowTo: string;
  approvedByName: string | null;
  approvedAt: Date | null;
  endedOn: string | null;
  officers: { name: string; certificateNo: string; certificateExpiry: string }[];
}

/** The check a 检查码 belongs to in the region (any caller: the code is the key), or undefined. */
export async function findByInspectionCode(db: Executor, scope: RegionScope, code: string): Promise<InspectionCodeFacts | undefined> {
  const row = await db
    .selectFrom('caseCheck as c')
    .innerJoin('object as o', (join) => join.onRef('o.regionCode', '=', 'c.regionCode').onRef('o.id', '=', 'c.objectId'))
    .innerJoin('agency as a', (join) => join.onRef('a.regionCode', '=', 'c.regionCode').onRef('a.id', '=', 'c.agencyId'))
    .leftJoin('appUser as u', (join) => join.onRef('u.regionCode', '=', 'c.regionCode').onRef('u.id', '=', 'c.decidedBy'))
    .leftJoin('inspectionCampaign as p', (join) => join.onRef('p.regionCode', '=', 'c.regionCode').onRef('p.id', '=', 'c.campaignId'))
    .select([
      'c.id',
      'c.kind',
      'p.name as campaignName',
      'c.status',
      'c.emergency',
      'a.name as agencyName',
      'o.name as objectName',
      'o.uscc',
      'c.trigger',
      'c.legalBasis',
      'c.windowFrom',
      'c.windowTo',
      'u.displayName as approvedByName',
      'c.decidedAt as approvedAt',
      'c.endedOn',
    ])
    .where('c.regionCode', '=', scope.regionCode)
    .where('c.inspectionCode', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const { id, ...facts } = row;
  return { ...facts, officers: (await listCaseCheckOfficers(db, scope, id)).map(({ id: _id, ...officer }) => officer) };
}

/** 实施完毕: the day it ended and what was found, only once approved. */
export async function completeCaseCheck(db: Executor, scope: RegionScope, id: string, done: { endedOn: string; findings: string; at: Date }): Promise<boolean> {
  return updateInRegion(db, scope, 'caseCheck', id, { status: 'done', endedOn: done.endedOn, findings: done.findings, updatedAt: done.at }, 'approved');
}

/** 撤回, from the state it was read in (waiting or approved). */
export async function withdrawCaseCheck(db: Executor, scope: RegionScope, id: string, from: CaseCheckStatus, at: Date): Promise<boolean> {
  return updateInRegion(db, scope, 'caseCheck', id, { status: 'withdrawn', updatedAt: at }, from);
}

/** The proposed officers as the rules read them, by id (absent ids are missing from the answer). */
export async function findCaseOfficers(
  db: Executor,
  scope: RegionScope,
  ids: readonly string[],
): Promise<{ id: string; name: string; agencyId: string; isExpert: boolean; status: string; certificateExpiry: string; certificateNo: string }[]> {
  if (ids.length === 0) return [];
  return rowsInRegion(db, scope, 'inspector')
    .select(['id', 'name', 'agencyId', 'isExpert', 'status', 'certificateExpiry', 'certificateNo'])
    .where('id', 'in', [...ids])
    .where('archivedAt', 'is', null)
    .execute();
}

/** A check's officers with their certificates, in name order, for its page. */
export async function listCaseCheckOfficers(
  db: Executor,
  scope: RegionScope,
  caseCheckId: string,
): Promise<{ id: string; name: string; certificateNo: string; certificateExpiry: string }[]> {
  return db
    .selectFrom('caseCheckOfficer as o')
    .innerJoin('inspector as i', (join) => join.onRef('i.regionCode', '=', 'o.regionCode').onRef('i.id', '=', 'o.inspectorId'))
    .select(['i.id', 'i.name', 'i.certificateNo', 'i.certificateExpiry'])
    .where('o.regionCode', '=', scope.regionCode)
    .where('o.caseCheckId', '=', caseCheckId)
    .orderBy('i.name')
    .execute();
}
