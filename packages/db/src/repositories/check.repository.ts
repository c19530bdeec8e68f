import type { Updateable } from 'kysely';
import type { CheckStatus, CheckTable, ResultStatus, TeamRole } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { filteredListing, type ListPage } from './listing.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export interface CheckRow {
  id: string;
  regionCode: string;
  taskId: string;
  drawId: string;
  objectId: string;
  uscc: string;
  objectName: string;
  address: string;
  sectorCode: string;
  subSectorCode: string | null;
  status: CheckStatus;
  scheduledOn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  notice: Record<string, unknown>;
  replacedBySubstitution: number | null;
  inspectionCode: string | null;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  noCheckInReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TeamMemberRow {
  inspectorId: string;
  name: string;
  certificateNo: string;
  agencyId: string;
  role: TeamRole;
  ticket: string;
}

export interface ResultRow {
  id: string;
  agencyId: string;
  itemId: string;
  resultCode: string;
  findings: string;
  verificationMethods: string[];
  status: ResultStatus;
  returnReason: string | null;
  recordedBy: string | null;
  recordedAt: Date;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
}

/** What the checks list and its results export narrow by. */
export interface CheckFilter {
  taskId?: string | undefined;
  /** Only checks whose team includes this inspector. */
  inspectorId?: string | undefined;
  statuses?: CheckStatus[] | undefined;
}

/** The checks the caller may read, narrowed by the filter. */
function checksWhere(db: Executor, scope: RegionScope, access: AccessFilter<'check'>, filter: CheckFilter = {}) {
  let query = rowsInRegion(db, scope, 'check').where(access);
  if (filter.taskId) query = query.where('check.taskId', '=', filter.taskId);
  if (filter.statuses?.length) query = query.where('check.status', 'in', filter.statuses);
  const inspectorId = filter.inspectorId;
  if (inspectorId) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('teamMember as m').select('m.checkId').whereRef('m.checkId', '=', 'check.id').where('m.inspectorId', '=', inspectorId)),
    );
  }
  return query;
}

const withCheckColumns = (query: ReturnType<typeof checksWhere>) =>
  query
    .innerJoin('object as o', sameRegion('o.id', 'check.objectId'))
    .select([
      'check.id',
      'check.regionCode',
      'check.taskId',
      'check.drawId',
      'check.objectId',
      'o.uscc',
      'o.name as objectName',
      'o.address',
      'o.sectorCode',
      'o.subSectorCode',
      'check.status',
      'check.scheduledOn',
      'check.startedOn',
      'check.endedOn',
      'check.notice',
      'check.replacedBySubstitution',
      'check.inspectionCode',
      'check.checkedInAt',
      'check.checkedOutAt',
      'check.noCheckInReason',
      'check.createdAt',
      'check.updatedAt',
    ]);

const select = (db: Executor, scope: RegionScope, access: AccessFilter<'check'>, filter: CheckFilter = {}) =>
  withCheckColumns(checksWhere(db, scope, access, filter));

/** Every check of one task the caller may read (a task holds hundreds, not a year's thousands). */
export async function listChecks(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'check'>,
  filter: CheckFilter & { taskId: string },
): Promise<CheckRow[]> {
  return select(db, scope, access, filter).orderBy('check.scheduledOn').orderBy('o.uscc').execute();
}

export const CHECK_SORT_FIELDS = ['scheduledOn', 'createdAt', 'updatedAt', 'status'] as const;
export type CheckSortField = (typeof CHECK_SORT_FIELDS)[number];

/** A row of the checks list: the check with its object's and its task's names. */
export interface CheckListRow extends CheckRow {
  taskCode: string;
  taskTitle: string;
}

/** Past this many matching checks a page says "10,000+" (a province's year holds tens of thousands). */
export const CHECK_COUNT_CAP = 10_000;

const checkPages = filteredListing(
  'check',
  (db: Executor, scope: RegionScope, access: AccessFilter<'check'>, filter: CheckFilter) => checksWhere(db, scope, access, filter),
  (base) => withCheckColumns(base).innerJoin('jointTask as t', sameRegion('t.id', 'check.taskId')).select(['t.code as taskCode', 't.title as taskTitle']),
  {},
  { countCap: CHECK_COUNT_CAP, estimateAbove: 1_000, keyset: { nullable: ['scheduledOn'] } },
);

/** One page of the checks the caller may read, filtered and sorted (id breaks ties; cursor pages). */
export const listCheckPage: ListPage<'check', CheckSortField, CheckFilter, CheckListRow> = checkPages.list;

export async function getCheck(db: Executor, scope: RegionScope, access: AccessFilter<'check'>, id: string): Promise<CheckRow | undefined> {
  return select(db, scope, access).where('check.id', '=', id).executeTakeFirst();
}

export async function lockCheck(db: Executor, scope: RegionScope, id: string): Promise<{ id: string; status: CheckStatus } | undefined> {
  return rowsInRegion(db, scope, 'check', { id }).select(['id', 'status']).forUpdate().executeTakeFirst();
}

export async function insertCheckWithTeam(
  db: Executor,
  scope: RegionScope,
  check: { taskId: string; drawId: string; objectId: string },
  team: { inspectorId: string; agencyId: string; role: TeamRole; ticket: string }[],
): Promise<string> {
  const row = await db
    .insertInto('check')
    .values({ ...check, regionCode: scope.regionCode, notice: {} })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (team.length > 0)
    await db
      .insertInto('teamMember')
      .values(team.map((m) => ({ ...m, regionCode: scope.regionCode, checkId: row.id })))
      .execute();
  return row.id;
}

export async function updateCheck(
  db: Executor,
  scope: RegionScope,
  id: string,
  patch: Partial<
    Pick<
      Updateable<CheckTable>,
      | 'status'
      | 'scheduledOn'
      | 'startedOn'
      | 'endedOn'
      | 'notice'
      | 'replacedBySubstitution'
      | 'checkedInAt'
      | 'checkedInBy'
      | 'checkedOutAt'
      | 'checkedOutBy'
      | 'noCheckInReason'
    >
  >,
  at: Date,
): Promise<void> {
  await updateInRegion(db, scope, 'check', id, { ...patch, updatedAt: at });
}

export async function listTeam(db: Executor, scope: RegionScope, checkId: string): Promise<TeamMemberRow[]> {
  return rowsInRegion(db, scope, 'teamMember as m', { checkId })
    .innerJoin('inspector as i', sameRegion('i.id', 'm.inspectorId'))
    .select(['m.inspectorId', 'i.name', 'i.certificateNo', 'm.agencyId', 'm.role', 'm.ticket'])
    .orderBy('m.role', 'desc')
    .orderBy('m.ticket')
    .execute();
}

/** How many of a task's checks still await their visit (planned, noticed or under way). */
export async function countOpenChecks(db: Executor, scope: RegionScope, taskId: string): Promise<number> {
  const row = await rowsInRegion(db, scope, 'check', { taskId })
    .where('status', 'in', ['planned', 'notified', 'in_progress'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every team of a task's checks in one query (the bulk page and the printed batch show them all). */
export async function listTaskTeams(db: Executor, scope: RegionScope, taskId: string): Promise<(TeamMemberRow & { checkId: string })[]> {
  return rowsInRegion(db, scope, 'teamMember as m')
    .innerJoin('check as c', sameRegion('c.id', 'm.checkId'))
    .innerJoin('inspector as i', sameRegion('i.id', 'm.inspectorId'))
    .where('c.taskId', '=', taskId)
    .select(['m.checkId', 'm.inspectorId', 'i.name', 'i.certificateNo', 'm.agencyId', 'm.role', 'm.ticket'])
    .orderBy('m.checkId')
    .orderBy('m.role', 'desc')
    .orderBy('m.ticket')
    .execute();
}

/** The stratum each of a task's checks was drawn from (a substitute keeps the stratum of the object it replaced). */
export async function listCheckStrata(db: Executor, scope: RegionScope, taskId: string): Promise<{ checkId: string; stratum: string }[]> {
  return rowsInRegion(db, scope, 'check as c', { taskId })
    .innerJoin('drawResult as r', (join) => sameRegion('r.drawId', 'c.drawId')(join).onRef('r.objectId', '=', 'c.objectId'))
    .select(['c.id as checkId', 'r.stratum'])
    .execute();
}

export async function listResults(db: Executor, scope: RegionScope, checkId: string): Promise<ResultRow[]> {
  return rowsInRegion(db, scope, 'checkResult', { checkId })
    .select([
      'id',
      'agencyId',
      'itemId',
      'resultCode',
      'findings',
      'verificationMethods',
      'status',
      'returnReason',
      'recordedBy',
      'recordedAt',
      'submittedAt',
      'approvedBy',
      'approvedAt',
    ])
    .orderBy('agencyId')
    .orderBy('itemId')
    .execute();
}

/** Record (or re-record while still editable) one item's result. */
export async function upsertResult(
  db: Executor,
  scope: RegionScope,
  result: { checkId: string; agencyId: string; itemId: string; resultCode: string; findings: string; verificationMethods: string[]; recordedBy: string },
  at: Date,
): Promise<string> {
  const row = await db
    .insertInto('checkResult')
    .values({ ...result, regionCode: scope.regionCode, status: 'draft', recordedAt: at })
    .onConflict((oc) =>
      oc
        .columns(['regionCode', 'checkId', 'itemId'])
        .doUpdateSet({
          resultCode: result.resultCode,
          findings: result.findings,
          verificationMethods: result.verificationMethods,
          recordedBy: result.recordedBy,
          recordedAt: at,
          status: 'draft',
          returnReason: null,
        }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setAgencyResultsStatus(
  db: Executor,
  scope: RegionScope,
  checkId: string,
  agencyId: string,
  patch: { status: ResultStatus; submittedAt?: Date; approvedBy?: string | null; approvedAt?: Date | null; returnReason?: string | null },
): Promise<number> {
  const result = await db
    .updateTable('checkResult')
    .set(patch)
    .where('regionCode', '=', scope.regionCode)
    .where('checkId', '=', checkId)
    .where('agencyId', '=', agencyId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function checkIdOfResult(db: Executor, scope: RegionScope, resultId: string): Promise<string | undefined> {
  const row = await rowsInRegion(db, scope, 'checkResult', { id: resultId }).select('checkId').executeTakeFirst();
  return row?.checkId;
}

/**
 * Who is on a check's team, for a participating agency's staff who are not on it (they open the
 * check from a notice and get "不在本检查组" instead of a bare 404): the object's name and each
 * member's name, agency and role; undefined unless `agencyId` takes part in the check's task.
 */
export async function findCheckTeamForParticipant(db: Executor, scope: RegionScope, checkId: string, agencyId: string) {
  const check = await rowsInRegion(db, scope, 'check', { id: checkId })
    .innerJoin('object as o', sameRegion('o.id', 'check.objectId'))
    .innerJoin('jointTaskParticipant as p', (join) =>
      sameRegion('p.taskId', 'check.taskId')(join).on('p.agencyId', '=', agencyId).on('p.status', '<>', 'declined'),
    )
    .select(['check.id', 'o.name as objectName'])
    .executeTakeFirst();
  if (!check) return undefined;
  const team = await rowsInRegion(db, scope, 'teamMember as m', { checkId })
    .innerJoin('inspector as i', sameRegion('i.id', 'm.inspectorId'))
    .innerJoin('agency as a', sameRegion('a.id', 'm.agencyId'))
    .select(['i.name', 'a.name as agencyName', 'm.role'])
    .orderBy('a.name')
    .orderBy('m.role')
    .orderBy('i.name')
    .execute();
  return { checkId: check.id, objectName: check.objectName, team };
}

export interface ResultLine {
  checkId: string;
  uscc: string;
  objectName: string;
  taskCode: string;
  taskTitle: string;
  startedOn: string | null;
  endedOn: string | null;
  checkStatus: CheckStatus;
  agencyName: string;
  itemCode: string;
  itemName: string;
  resultCode: string;
  findings: string;
  verificationMethods: string[];
  resultStatus: ResultStatus;
}

/**
 * The results of the checks the caller may read, one line per check and item (the checks list
 * with its results, as a clerk exports it), with the same filters as the checks list.
 */
export async function listResultLines(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'check'>,
  filter: CheckFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ResultLine[]; total: number }> {
  const base = checksWhere(db, scope, access, filter);
  const lines = base
    .innerJoin('checkResult as r', sameRegion('r.checkId', 'check.id'))
    .innerJoin('object as o', sameRegion('o.id', 'check.objectId'))
    .innerJoin('jointTask as t', sameRegion('t.id', 'check.taskId'))
    .innerJoin('inspectionItem as i', sameRegion('i.id', 'r.itemId'))
    .innerJoin('agency as a', sameRegion('a.id', 'r.agencyId'));
  const [rows, count] = await Promise.all([
    lines
      .select([
        'check.id as checkId',
        'o.uscc',
        'o.name as objectName',
        't.code as taskCode',
        't.title as taskTitle',
        'check.startedOn',
        'check.endedOn',
        'check.status as checkStatus',
        'a.name as agencyName',
        'i.code as itemCode',
        'i.name as itemName',
        'r.resultCode',
        'r.findings',
        'r.verificationMethods',
        'r.status as resultStatus',
      ])
      .orderBy('t.code')
      .orderBy('o.uscc')
      .orderBy('a.code')
      .orderBy('i.code')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    lines.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
