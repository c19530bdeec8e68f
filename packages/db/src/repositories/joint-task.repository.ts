import type { Kysely } from 'kysely';
import type { ParticipantRole, ParticipantStatus, TaskKind, TaskStatus } from '../schema/planning.js';
import type { Executor, RegionScope } from './executor.js';
import { likePattern, type AccessFilter } from './list-query.js';
import { filteredListing, type ListPage } from './listing.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export interface TaskRow {
  id: string;
  regionCode: string;
  leadAgencyId: string;
  planBatchId: string | null;
  adHoc: boolean;
  kind: TaskKind;
  code: string;
  title: string;
  status: TaskStatus;
  poolFilter: Record<string, unknown>;
  matrix: Record<string, unknown>;
  teamRules: Record<string, unknown>;
  inspectionStartsOn: string | null;
  inspectionEndsOn: string | null;
  /** 补录: why the task was entered after its inspections began, or null. */
  backfillReason: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ParticipantRow {
  id: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  role: ParticipantRole;
  status: ParticipantStatus;
  confirmedBy: string | null;
  confirmedAt: Date | null;
  /** 行政检查审批 of this agency's part of the task's checks: by whom (name) and when. */
  checksApprovedByName: string | null;
  checksApprovedAt: Date | null;
  checksApprovalNote: string | null;
}

const COLUMNS = [
  'jointTask.id',
  'jointTask.regionCode',
  'jointTask.leadAgencyId',
  'jointTask.planBatchId',
  'jointTask.adHoc',
  'jointTask.kind',
  'jointTask.code',
  'jointTask.title',
  'jointTask.status',
  'jointTask.poolFilter',
  'jointTask.matrix',
  'jointTask.teamRules',
  'jointTask.inspectionStartsOn',
  'jointTask.inspectionEndsOn',
  'jointTask.backfillReason',
  'jointTask.createdBy',
  'jointTask.createdAt',
  'jointTask.updatedAt',
] as const;

export const TASK_SORT_FIELDS = ['createdAt', 'code', 'inspectionStartsOn', 'status'] as const;
export type TaskSortField = (typeof TASK_SORT_FIELDS)[number];

export interface TaskFilter {
  status?: TaskStatus | undefined;
  /** Tasks whose inspections start in this year. */
  year?: number | undefined;
  /** Text in the task's code or name. */
  search?: string | undefined;
}

function tasksWhere(db: Executor, scope: RegionScope, access: AccessFilter<'jointTask'>, filter: TaskFilter) {
  let query = rowsInRegion(db, scope, 'jointTask').where(access);
  if (filter.status) query = query.where('jointTask.status', '=', filter.status);
  // A range, not extract(year …): the dates' index answers it.
  if (filter.year)
    query = query.where('jointTask.inspectionStartsOn', '>=', `${filter.year}-01-01`).where('jointTask.inspectionStartsOn', '<', `${filter.year + 1}-01-01`);
  if (filter.search) {
    const pattern = likePattern(filter.search);
    query = query.where((eb) => eb.or([eb('jointTask.code', 'ilike', pattern), eb('jointTask.title', 'ilike', pattern)]));
  }
  return query;
}

/** Past this many matching tasks a page says "10,000+". */
export const TASK_COUNT_CAP = 10_000;

const taskPages = filteredListing(
  'jointTask',
  tasksWhere,
  (base) => base.select(COLUMNS),
  {},
  { countCap: TASK_COUNT_CAP, estimateAbove: 1_000, keyset: { nullable: ['inspectionStartsOn'] } },
);

/** One page of the tasks the caller may read (a province's year holds thousands), filtered and sorted. */
export const listTaskPage: ListPage<'jointTask', TaskSortField, TaskFilter, TaskRow> = taskPages.list;

const taskById = (db: Executor, scope: RegionScope, id: string) => rowsInRegion(db, scope, 'jointTask', { id }).select(COLUMNS);

export async function getTask(db: Executor, scope: RegionScope, access: AccessFilter<'jointTask'>, id: string): Promise<TaskRow | undefined> {
  return taskById(db, scope, id).where(access).executeTakeFirst();
}

/** A task's inspection window, for the date rules of its checks (whoever may act on a check may know it). */
export async function taskWindow(db: Executor, scope: RegionScope, id: string): Promise<{ startsOn: string; endsOn: string } | null> {
  const row = await rowsInRegion(db, scope, 'jointTask', { id }).select(['inspectionStartsOn', 'inspectionEndsOn']).executeTakeFirst();
  return row?.inspectionStartsOn && row.inspectionEndsOn ? { startsOn: row.inspectionStartsOn, endsOn: row.inspectionEndsOn } : null;
}

/** The lead agency's other tasks of a plan batch (a second one is created only on purpose). */
export async function listTasksOfBatch(db: Executor, scope: RegionScope, leadAgencyId: string, planBatchId: string) {
  return rowsInRegion(db, scope, 'jointTask', { leadAgencyId, planBatchId }).select(['id', 'code', 'title']).orderBy('createdAt').execute();
}

/** For update: a task's row locked, so concurrent edits and the freeze cannot interleave. */
export async function lockTask(db: Executor, scope: RegionScope, id: string): Promise<TaskRow | undefined> {
  return taskById(db, scope, id).forUpdate().executeTakeFirst();
}

export async function insertTask(
  db: Executor,
  scope: RegionScope,
  task: Pick<
    TaskRow,
    'leadAgencyId' | 'planBatchId' | 'adHoc' | 'kind' | 'code' | 'title' | 'status' | 'inspectionStartsOn' | 'inspectionEndsOn' | 'backfillReason' | 'createdBy'
  >,
): Promise<string> {
  return insertInRegion(db, scope, 'jointTask', { ...task, poolFilter: {}, matrix: {}, teamRules: {} });
}

export async function updateTask(
  db: Executor,
  scope: RegionScope,
  id: string,
  patch: Partial<Pick<TaskRow, 'status' | 'poolFilter' | 'matrix' | 'teamRules' | 'title' | 'inspectionStartsOn' | 'inspectionEndsOn'>>,
  at: Date,
): Promise<void> {
  await updateInRegion(db, scope, 'jointTask', id, { ...patch, updatedAt: at });
}

/** The next task number of an agency in a year: "<agency code>-<year>-<n>". */
export async function nextTaskCode(db: Executor, scope: RegionScope, agencyCode: string, year: number): Promise<string> {
  const prefix = `${agencyCode}-${year}-`;
  const row = await rowsInRegion(db, scope, 'jointTask')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('code', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return `${prefix}${row.n + 1}`;
}

export async function listParticipants(db: Executor, scope: RegionScope, taskId: string): Promise<ParticipantRow[]> {
  return rowsInRegion(db, scope, 'jointTaskParticipant as p', { taskId })
    .innerJoin('agency as a', sameRegion('a.id', 'p.agencyId'))
    .leftJoin('unit as u', sameRegion('u.id', 'p.unitId'))
    .leftJoin('appUser as approver', sameRegion('approver.id', 'p.checksApprovedBy'))
    .select([
      'p.id',
      'p.agencyId',
      'a.code as agencyCode',
      'a.name as agencyName',
      'p.unitId',
      'u.code as unitCode',
      'u.name as unitName',
      'p.role',
      'p.status',
      'p.confirmedBy',
      'p.confirmedAt',
      'approver.displayName as checksApprovedByName',
      'p.checksApprovedAt',
      'p.checksApprovalNote',
    ])
    .orderBy('p.role')
    .orderBy('a.code')
    .execute();
}

export async function insertParticipants(
  db: Executor,
  scope: RegionScope,
  taskId: string,
  rows: { agencyId: string; unitId: string | null; role: ParticipantRole; status: ParticipantStatus; confirmedBy: string | null; confirmedAt: Date | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('jointTaskParticipant')
    .values(rows.map((r) => ({ ...r, regionCode: scope.regionCode, taskId })))
    .execute();
}

export async function setParticipantStatus(
  db: Executor,
  scope: RegionScope,
  participantId: string,
  status: ParticipantStatus,
  by: string,
  at: Date,
): Promise<void> {
  await updateInRegion(db, scope, 'jointTaskParticipant', participantId, { status, confirmedBy: by, confirmedAt: at });
}

/** The tables of what an agency brings to a task, each with the column naming one of its rows. */
const TASK_LINKS = { jointTaskItem: 'itemId', jointTaskInspector: 'inspectorId' } as const;

/** Replace what one agency brings to a task (its items or its inspectors): each participant brings its own. */
async function replaceTaskLinks(db: Executor, scope: RegionScope, table: keyof typeof TASK_LINKS, link: { taskId: string; agencyId: string }, ids: string[]) {
  // Kysely cannot check the columns of a table named by a variable; TASK_LINKS names them.
  const loose = db as unknown as Kysely<Record<string, Record<string, string>>>;
  await loose.deleteFrom(table).where('regionCode', '=', scope.regionCode).where('taskId', '=', link.taskId).where('agencyId', '=', link.agencyId).execute();
  if (ids.length > 0)
    await loose
      .insertInto(table)
      .values(ids.map((id) => ({ regionCode: scope.regionCode, ...link, [TASK_LINKS[table]]: id })))
      .execute();
}

/** Replace one agency's items in a task (each participant brings its own: 谁检查、谁录入). */
export async function replaceTaskItems(db: Executor, scope: RegionScope, taskId: string, agencyId: string, itemIds: string[]): Promise<void> {
  await replaceTaskLinks(db, scope, 'jointTaskItem', { taskId, agencyId }, itemIds);
}

export async function replaceTaskInspectors(db: Executor, scope: RegionScope, taskId: string, agencyId: string, inspectorIds: string[]): Promise<void> {
  await replaceTaskLinks(db, scope, 'jointTaskInspector', { taskId, agencyId }, inspectorIds);
}

export async function listTaskItems(db: Executor, scope: RegionScope, taskId: string) {
  return rowsInRegion(db, scope, 'jointTaskItem as ti', { taskId })
    .innerJoin('inspectionItem as i', sameRegion('i.id', 'ti.itemId'))
    .select([
      'ti.agencyId',
      'i.id',
      'i.code',
      'i.name',
      'i.category',
      'i.requiredExpertise',
      'i.applicableSectors',
      'i.publishedAt',
      'i.legalBasis',
      'i.subItems',
    ])
    .orderBy('ti.agencyId')
    .orderBy('i.code')
    .execute();
}

export async function listTaskInspectors(db: Executor, scope: RegionScope, taskId: string) {
  return rowsInRegion(db, scope, 'jointTaskInspector as ti', { taskId })
    .innerJoin('inspector as i', sameRegion('i.id', 'ti.inspectorId'))
    .select([
      'ti.agencyId',
      'i.id',
      'i.unitId',
      'i.name',
      'i.certificateNo',
      'i.certificateExpiry',
      'i.expertise',
      'i.isExpert',
      'i.status',
      'i.homeTownshipCode',
    ])
    .orderBy('i.certificateNo')
    .execute();
}
