import { accessibleBy, subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import {
  todoChecks,
  todoHazards,
  todoOpenNotes,
  todoPlans,
  todoResultReviews,
  todoSanctionDrafts,
  todoTasks,
  todoTasksToPublish,
  type Executor,
  type RegionScope,
  type TodoPlanRow,
} from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { resultsDue } from '../publications/results-due.js';
import type { TodoPanel } from '../routers/home/todo.schema.js';
import { taskTodoAction } from './task-todo.js';

/** Rows per panel (the open tasks looked at, and the due results a publication panel picks from). */
const LIMIT = 12;
const OPEN_TASKS = 30;
const DUE_WINDOW = 100;

type TodoContext = { db: Executor; scope: RegionScope; ability: AppAbility; actor: UserActor; now: () => Date };
type Panel<K extends TodoPanel['key']> = Extract<TodoPanel, { key: K }>;

/**
 * Which panels a home page has, by the caller's roles: the agency's office (coordinator, agency
 * admin) keeps plans, tasks and publication; its leader approves; inspectors check. Accounts
 * without an agency (platform admin) have none.
 */
function panelsFor(actor: UserActor): TodoPanel['key'][] {
  const has = (role: UserActor['roles'][number]) => actor.roles.includes(role);
  if (actor.agencyId === null) return [];
  const office = has('coordinator') || has('agency_admin');
  const leader = has('agency_leader');
  const keys: TodoPanel['key'][] = [];
  if (office || leader) keys.push('tasks');
  if (leader) keys.push('plan-approvals', 'result-approvals', 'hazard-writeoff', 'sanction-approvals');
  if (office) keys.push('plans', 'publish');
  if (has('inspector') || office) keys.push('checks');
  if (office || leader) keys.push('notes');
  keys.push('overdue-hazards');
  if (office || leader) keys.push('overdue-results');
  return keys;
}

/** Every panel of the caller's home page, each read with one bounded query through the caller's ability. */
export async function todoPanels(ctx: TodoContext): Promise<TodoPanel[]> {
  const agencyId = ctx.actor.agencyId;
  if (agencyId === null) return [];
  return Promise.all(panelsFor(ctx.actor).map((key) => panel(ctx, agencyId, key)));
}

function panel(ctx: TodoContext, agencyId: string, key: TodoPanel['key']): Promise<TodoPanel> {
  switch (key) {
    case 'tasks':
      return tasks(ctx, agencyId);
    case 'plan-approvals':
      return plans(ctx, agencyId, 'plan-approvals');
    case 'plans':
      return plans(ctx, agencyId, 'plans');
    case 'result-approvals':
      return resultApprovals(ctx, agencyId);
    case 'hazard-writeoff':
      return hazards(ctx, 'hazard-writeoff');
    case 'overdue-hazards':
      return hazards(ctx, 'overdue-hazards');
    case 'sanction-approvals':
      return sanctionApprovals(ctx);
    case 'publish':
      return publish(ctx, agencyId);
    case 'checks':
      return checks(ctx);
    case 'notes':
      return notes(ctx);
    case 'overdue-results':
      return overdueResults(ctx);
  }
}

async function tasks(ctx: TodoContext, agencyId: string): Promise<Panel<'tasks'>> {
  const rows = await todoTasks(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'JointTask'), agencyId, OPEN_TASKS);
  const items = rows.flatMap((row) => {
    // The same check as draws.commit / draws.reveal make: the agency's own secret, by its coordinator.
    const writesOwnSecret = ctx.ability.can(
      'update',
      subjectOf('DrawEntropy', { regionCode: ctx.scope.regionCode, taskId: row.id, sourceKind: 'agency', agencyId }),
    );
    const action = taskTodoAction(row, agencyId, writesOwnSecret);
    return action
      ? [{ taskId: row.id, code: row.code, title: row.title, action, drawId: row.drawId, waiting: row.waiting, revealDeadline: row.revealDeadline }]
      : [];
  });
  return { key: 'tasks', items: items.slice(0, LIMIT) };
}

const planItem = (p: TodoPlanRow) => ({
  planId: p.id,
  year: p.year,
  title: p.title,
  version: p.version,
  status: p.status,
  adjustmentReason: p.adjustmentReason,
});

/** Submitted plans the caller may approve; or the office's drafts, returned and approved plans. */
async function plans<K extends 'plan-approvals' | 'plans'>(ctx: TodoContext, agencyId: string, key: K): Promise<Panel<K>> {
  const rows =
    key === 'plan-approvals'
      ? await todoPlans(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'approve', 'AnnualPlan'), agencyId, ['submitted'])
      : await todoPlans(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'AnnualPlan'), agencyId, ['draft', 'rejected', 'approved']);
  return { key, items: rows.map(planItem) } as Panel<K>;
}

async function resultApprovals(ctx: TodoContext, agencyId: string): Promise<Panel<'result-approvals'>> {
  const rows = await todoResultReviews(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'approve', 'CheckResult'), agencyId, LIMIT);
  return { key: 'result-approvals', items: rows };
}

/** Accepted major hazards the caller may write off (核销); or hazards overdue today that the caller can see. */
async function hazards<K extends 'hazard-writeoff' | 'overdue-hazards'>(ctx: TodoContext, key: K): Promise<Panel<K>> {
  const rows =
    key === 'hazard-writeoff'
      ? await todoHazards(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'approve', 'Hazard'), { statuses: ['accepted'] }, LIMIT)
      : await todoHazards(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'Hazard'), { overdueOn: dateInShanghai(ctx.now()) }, LIMIT);
  return { key, items: rows.map((h) => ({ hazardId: h.id, objectName: h.objectName, description: h.description })) } as Panel<K>;
}

async function sanctionApprovals(ctx: TodoContext): Promise<Panel<'sanction-approvals'>> {
  const rows = await todoSanctionDrafts(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'approve', 'Sanction'), LIMIT);
  return { key: 'sanction-approvals', items: rows.map((s) => ({ sanctionId: s.id, decisionNo: s.decisionNo, objectName: s.objectName, penalty: s.penalty })) };
}

/** Drawn tasks the agency leads whose notice is not public yet (oldest first), then results ready for 公示 (oldest visit first). */
async function publish(ctx: TodoContext, agencyId: string): Promise<Panel<'publish'>> {
  const [taskRows, due] = await Promise.all([
    todoTasksToPublish(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'JointTask'), agencyId),
    resultsDue(ctx, { page: 1, pageSize: DUE_WINDOW }, false),
  ]);
  const ready = due.rows.filter((r) => r.readyToPublish).slice(0, LIMIT);
  return {
    key: 'publish',
    items: [
      ...taskRows.map((t) => ({ kind: 'task' as const, taskId: t.id, code: t.code, title: t.title })),
      ...ready.map((r) => ({
        kind: 'result' as const,
        checkId: r.checkId,
        objectName: r.objectName,
        taskCode: r.taskCode,
        dueOn: r.dueOn,
        dueProvisional: r.dueProvisional,
        overdue: r.overdue,
      })),
    ],
  };
}

/** Checks still to be carried out or recorded: an inspector's own teams', the office's whole tasks'. */
async function checks(ctx: TodoContext): Promise<Panel<'checks'>> {
  const has = (role: UserActor['roles'][number]) => ctx.actor.roles.includes(role);
  const mine = has('inspector') && !has('coordinator') && !has('agency_admin');
  const inspectorId = mine ? (ctx.actor.inspectorId ?? '00000000-0000-0000-0000-000000000000') : null;
  const rows = await todoChecks(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'Check'), inspectorId, LIMIT);
  return { key: 'checks', mine, items: rows.map((c) => ({ checkId: c.id, objectName: c.objectName, status: c.status, scheduledOn: c.scheduledOn })) };
}

async function notes(ctx: TodoContext): Promise<Panel<'notes'>> {
  const rows = await todoOpenNotes(ctx.db, ctx.scope, accessibleBy(ctx.ability, 'read', 'SupervisionNote'), LIMIT);
  return { key: 'notes', items: rows.map((n) => ({ noteId: n.id, subject: n.subject, createdByName: n.createdByName, dueOn: n.dueOn })) };
}

async function overdueResults(ctx: TodoContext): Promise<Panel<'overdue-results'>> {
  const overdue = await resultsDue(ctx, { page: 1, pageSize: LIMIT }, true);
  return {
    key: 'overdue-results',
    items: overdue.rows.map((r) => ({
      checkId: r.checkId,
      objectName: r.objectName,
      agencyName: r.agencyName,
      dueOn: r.dueOn,
      dueProvisional: r.dueProvisional,
    })),
  };
}
