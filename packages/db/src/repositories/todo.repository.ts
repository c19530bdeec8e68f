import { sql } from 'kysely';
import type { CheckStatus, HazardStatus } from '../schema/checks.js';
import type { PlanStatus, TaskStatus } from '../schema/planning.js';
import type { Executor, RegionScope } from './executor.js';
import { hazardOverdueWhere } from './overdue.js';
import type { AccessFilter } from './list-query.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/**
 * The home page's to-do panels: one query per list, each bounded by a limit and filtered by
 * the caller's ability (the `access` filter) in SQL — never a read per row.
 */

/** An open joint task (inviting, ready, frozen) with what decides the caller's agency's next step on it. */
export interface TodoTaskRow {
  id: string;
  code: string;
  title: string;
  status: TaskStatus;
  leadAgencyId: string;
  /** The agency's participation (its first row when an internal task lists it per unit). */
  myStatus: 'invited' | 'confirmed' | 'declined' | null;
  /** The agency has chosen items for the task. */
  ownItems: boolean;
  drawId: string | null;
  drawStatus: 'open' | 'frozen' | 'drawn' | 'cancelled' | null;
  revealDeadline: Date | null;
  /** The agency's own entropy source of the draw exists … */
  mySource: boolean;
  /** … has its commitment … */
  myCommitted: boolean;
  /** … and is revealed. */
  myRevealed: boolean;
  /** Agency sources still without a commitment. */
  waiting: number;
}

export async function todoTasks(db: Executor, scope: RegionScope, access: AccessFilter<'jointTask'>, agencyId: string, limit: number): Promise<TodoTaskRow[]> {
  // The agency's own entropy source of the task's draw (one per agency).
  const mine = sql`from draw_entropy e where e.region_code = d.region_code and e.draw_id = d.id and e.source_kind = 'agency' and e.agency_id = ${agencyId}`;
  const rows = await rowsInRegion(db, scope, 'jointTask')
    .leftJoin('draw as d', sameRegion('d.taskId', 'jointTask.id'))
    .select([
      'jointTask.id',
      'jointTask.code',
      'jointTask.title',
      'jointTask.status',
      'jointTask.leadAgencyId',
      'd.id as drawId',
      'd.status as drawStatus',
      'd.revealDeadline',
      sql<TodoTaskRow['myStatus']>`(select p.status from joint_task_participant p
        join agency a on a.region_code = p.region_code and a.id = p.agency_id
        where p.region_code = joint_task.region_code and p.task_id = joint_task.id and p.agency_id = ${agencyId}
        order by p.role, a.code limit 1)`.as('myStatus'),
      sql<boolean>`exists (select 1 from joint_task_item ti where ti.region_code = joint_task.region_code and ti.task_id = joint_task.id and ti.agency_id = ${agencyId})`.as(
        'ownItems',
      ),
      sql<boolean>`exists (select 1 ${mine})`.as('mySource'),
      sql<boolean>`exists (select 1 ${mine} and e.commitment_hash is not null)`.as('myCommitted'),
      sql<boolean>`exists (select 1 ${mine} and e.revealed_value is not null)`.as('myRevealed'),
      sql<number>`(select count(*)::int from draw_entropy e where e.region_code = d.region_code and e.draw_id = d.id and e.source_kind = 'agency' and e.commitment_hash is null)`.as(
        'waiting',
      ),
    ])
    .where('jointTask.status', 'in', ['inviting', 'ready', 'frozen'])
    .where(access)
    .orderBy('jointTask.createdAt', 'desc')
    .orderBy('jointTask.id')
    .limit(limit)
    .execute();
  return rows;
}

export interface TodoPlanRow {
  id: string;
  year: number;
  title: string;
  version: number;
  status: PlanStatus;
  adjustmentReason: string | null;
}

/** The agency's plans in the given states, newest year first (as the plan list orders them). */
export async function todoPlans(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'annualPlan'>,
  agencyId: string,
  statuses: PlanStatus[],
): Promise<TodoPlanRow[]> {
  return rowsInRegion(db, scope, 'annualPlan', { agencyId })
    .select(['annualPlan.id', 'annualPlan.year', 'annualPlan.title', 'annualPlan.version', 'annualPlan.status', 'annualPlan.adjustmentReason'])
    .where('annualPlan.status', 'in', statuses)
    .where(access)
    .orderBy('annualPlan.year', 'desc')
    .orderBy('annualPlan.version', 'desc')
    .execute();
}

export interface TodoResultReviewRow {
  checkId: string;
  objectName: string;
  taskCode: string;
  /** The agency's results of the check waiting for its leader. */
  submitted: number;
}

/** Checks where the agency's results are submitted and the caller may approve them (oldest visit first). */
export async function todoResultReviews(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'checkResult'>,
  agencyId: string,
  limit: number,
): Promise<TodoResultReviewRow[]> {
  return rowsInRegion(db, scope, 'checkResult', { agencyId, status: 'submitted' })
    .innerJoin('check as c', sameRegion('c.id', 'checkResult.checkId'))
    .innerJoin('object as o', sameRegion('o.id', 'c.objectId'))
    .innerJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .select(['c.id as checkId', 'o.name as objectName', 't.code as taskCode', sql<number>`count(*)::int`.as('submitted')])
    .where('c.status', '<>', 'cancelled')
    .where(access)
    .groupBy(['c.id', 'c.endedOn', 'o.name', 't.code'])
    .orderBy('c.endedOn')
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

export interface TodoHazardRow {
  id: string;
  objectName: string;
  description: string;
}

/** Hazards in the given states (oldest finding first) or, with `overdueOn`, overdue that day (nearest 督办 deadline first). */
export async function todoHazards(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'hazard'>,
  filter: { statuses: HazardStatus[] } | { overdueOn: string },
  limit: number,
): Promise<TodoHazardRow[]> {
  let query = rowsInRegion(db, scope, 'hazard')
    .innerJoin('object as o', sameRegion('o.id', 'hazard.objectId'))
    .select(['hazard.id', 'o.name as objectName', 'hazard.description'])
    .where(access);
  query =
    'statuses' in filter
      ? query.where('hazard.status', 'in', filter.statuses).orderBy('hazard.foundOn')
      : query.where(hazardOverdueWhere('hazard', filter.overdueOn)).orderBy('hazard.listingDeadline');
  return query.orderBy('hazard.id').limit(limit).execute();
}

export interface TodoSanctionRow {
  id: string;
  decisionNo: string;
  objectName: string;
  penalty: string;
}

/** Draft 行政处罚 decisions the caller may approve, oldest decision first. */
export async function todoSanctionDrafts(db: Executor, scope: RegionScope, access: AccessFilter<'sanction'>, limit: number): Promise<TodoSanctionRow[]> {
  return rowsInRegion(db, scope, 'sanction', { status: 'draft' })
    .innerJoin('object as o', sameRegion('o.id', 'sanction.objectId'))
    .select(['sanction.id', 'sanction.decisionNo', 'o.name as objectName', 'sanction.penalty'])
    .where(access)
    .orderBy('sanction.decidedOn')
    .orderBy('sanction.id')
    .limit(limit)
    .execute();
}

export interface TodoCheckRow {
  id: string;
  objectName: string;
  status: CheckStatus;
  scheduledOn: string | null;
}

/** Checks still being worked on (planned … recorded); `inspectorId` keeps those of the inspector's teams. */
export async function todoChecks(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'check'>,
  inspectorId: string | null,
  limit: number,
): Promise<TodoCheckRow[]> {
  let query = rowsInRegion(db, scope, 'check')
    .innerJoin('object as o', sameRegion('o.id', 'check.objectId'))
    .select(['check.id', 'o.name as objectName', 'check.status', 'check.scheduledOn'])
    .where('check.status', 'in', ['planned', 'notified', 'in_progress', 'recorded'])
    .where(access);
  if (inspectorId !== null) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('teamMember as m')
          .select('m.checkId')
          .whereRef('m.checkId', '=', 'check.id')
          .whereRef('m.regionCode', '=', 'check.regionCode')
          .where('m.inspectorId', '=', inspectorId),
      ),
    );
  }
  return query.orderBy('check.scheduledOn').orderBy('o.uscc').limit(limit).execute();
}

export interface TodoTaskToPublishRow {
  id: string;
  code: string;
  title: string;
}

/** Drawn tasks the agency leads whose task notice and drawn list are not public yet (oldest first). */
export async function todoTasksToPublish(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'jointTask'>,
  agencyId: string,
): Promise<TodoTaskToPublishRow[]> {
  return rowsInRegion(db, scope, 'jointTask', { leadAgencyId: agencyId })
    .select(['jointTask.id', 'jointTask.code', 'jointTask.title'])
    .where('jointTask.status', 'in', ['drawn', 'in_progress', 'completed'])
    .where(access)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('publication as pub')
            .select('pub.id')
            .whereRef('pub.regionCode', '=', 'jointTask.regionCode')
            .where('pub.kind', '=', 'joint_task')
            .whereRef('pub.subjectId', '=', 'jointTask.id')
            .where('pub.agencyId', '=', agencyId),
        ),
      ),
    )
    .orderBy('jointTask.createdAt')
    .orderBy('jointTask.id', 'desc')
    .execute();
}

export interface TodoNoteRow {
  id: string;
  subject: string;
  createdByName: string;
  dueOn: string | null;
}

/** 督办 notes still open, newest first. */
export async function todoOpenNotes(db: Executor, scope: RegionScope, access: AccessFilter<'supervisionNote'>, limit: number): Promise<TodoNoteRow[]> {
  return rowsInRegion(db, scope, 'supervisionNote', { status: 'open' })
    .innerJoin('appUser as author', sameRegion('author.id', 'supervisionNote.createdBy'))
    .select(['supervisionNote.id', 'supervisionNote.subject', 'author.displayName as createdByName', 'supervisionNote.dueOn'])
    .where(access)
    .orderBy('supervisionNote.createdAt', 'desc')
    .orderBy('supervisionNote.id')
    .limit(limit)
    .execute();
}
