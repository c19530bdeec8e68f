import type { callerFor } from './caller.js';

type Api = Awaited<ReturnType<typeof callerFor>>;

/** A panel as identities of what it lists, in order: comparable between the old and the new assembly. */
export type PanelIds = Record<string, string[]>;

const LIMIT = 12;

/**
 * The agency portal's home page as it was assembled before issue 11 (apps/agency/src/lib/server/todo.ts):
 * up to 30 tasks.get and draws.get, checks.get per result awaiting approval, lists filtered in
 * the portal. Kept here, with the wording stripped, as the reference the new `home.todo` is held to.
 * Panels the page did not show when empty are left out when empty.
 */
export async function oldHomeTodo(api: Api): Promise<PanelIds> {
  const { user } = await api.auth.me();
  const has = (role: string) => (user.roles as string[]).includes(role);
  const can = { office: has('coordinator') || has('agency_admin'), coordinator: has('coordinator'), leader: has('agency_leader'), inspector: has('inspector') };
  const agencyId = user.agency?.id;
  if (!agencyId) return {};
  const panels: PanelIds = {};
  const safe = <T>(p: Promise<T>) => p.catch(() => null);

  if (can.office || can.leader) {
    const items: string[] = [];
    const listed = oldTaskOrder((await api.tasks.list({ pageSize: 200 })).rows);
    const open = listed.filter((t) => ['inviting', 'ready', 'frozen'].includes(t.status)).slice(0, 30);
    for (const t of open) {
      const task = await safe(api.tasks.get({ taskId: t.id }));
      if (!task) continue;
      const draw = task.draw && task.draw.status !== 'drawn' ? await safe(api.draws.get({ drawId: task.draw.id })) : null;
      const mine = task.participants.find((p) => p.agencyId === agencyId);
      const lead = task.leadAgencyId === agencyId;
      if (mine?.status === 'invited') {
        items.push(`confirm:${task.id}`);
        continue;
      }
      if (draw) {
        const source = draw.sources.find((s) => s.sourceKind === 'agency' && s.agencyId === agencyId);
        if (draw.status === 'open' && source && !source.commitmentHash && can.coordinator) items.push(`commit:${task.id}`);
        else if (draw.status === 'open' && lead)
          items.push(`${draw.sources.filter((s) => s.sourceKind === 'agency' && !s.commitmentHash).length === 0 ? 'freeze' : 'await_commitments'}:${task.id}`);
        else if (draw.status === 'frozen' && source && source.revealedValue === null && can.coordinator) items.push(`reveal:${task.id}`);
        continue;
      }
      if (task.status === 'ready' || task.status === 'inviting') {
        if (!task.items.some((it) => it.agencyId === agencyId) && mine?.status === 'confirmed') items.push(`select:${task.id}`);
        else if (lead && task.status === 'ready') items.push(`configure:${task.id}`);
      }
    }
    panels['tasks'] = items.slice(0, LIMIT);
  }
  if (can.leader) {
    const plans = await api.plans.list({ agencyId });
    panels['plan-approvals'] = plans.filter((p) => p.status === 'submitted').map((p) => `plan:${p.id}`);
    const due = await api.publications.due({ pageSize: 100 });
    const approvals: string[] = [];
    for (const row of due.rows.filter((r) => r.agencyId === agencyId && r.resultsRecorded > r.resultsApproved).slice(0, 30)) {
      const check = await safe(api.checks.get({ checkId: row.checkId }));
      const submitted = check?.results.filter((r) => r.agencyId === agencyId && r.status === 'submitted').length ?? 0;
      if (submitted > 0) approvals.push(`check:${row.checkId}:${submitted}`);
    }
    panels['result-approvals'] = approvals;
    panels['hazard-writeoff'] = (await api.hazards.list({ pageSize: LIMIT, filter: { statuses: ['accepted'] } })).rows.map((h) => `hazard:${h.id}`);
    panels['sanction-approvals'] = (await api.sanctions.list({ pageSize: LIMIT, filter: { statuses: ['draft'] } })).rows.map((s) => `sanction:${s.id}`);
  }
  if (can.office) {
    const plans = (await api.plans.list({ agencyId })).filter((p) => ['draft', 'rejected', 'approved'].includes(p.status)).map((p) => `plan:${p.id}`);
    if (plans.length > 0) panels['plans'] = plans;
    const due = await api.publications.due({ pageSize: 100 });
    const items = due.rows
      .filter((r) => r.readyToPublish)
      .slice(0, LIMIT)
      .map((r) => `result:${r.checkId}`);
    const [tasks, published] = await Promise.all([
      safe(api.tasks.list({ pageSize: 200 }).then((page) => oldTaskOrder(page.rows))),
      safe(api.publications.list({ regionCode: user.regionCode, pageSize: 200, filter: { kind: 'joint_task', agencyId } })),
    ]);
    const done = new Set(published?.rows.map((p) => p.subjectId) ?? []);
    for (const task of tasks ?? []) {
      if (task.leadAgencyId === agencyId && ['drawn', 'in_progress', 'completed'].includes(task.status) && !done.has(task.id)) items.unshift(`task:${task.id}`);
    }
    panels['publish'] = items;
  }
  if (can.inspector || can.office) {
    const mine = can.inspector && !can.office;
    panels['checks'] = oldCheckOrder(
      (await api.checks.list({ pageSize: 200, filter: { mine, statuses: ['planned', 'notified', 'in_progress', 'recorded'] } })).rows,
    )
      .slice(0, LIMIT)
      .map((c) => `check:${c.id}:${c.status}`);
  }
  if (can.office || can.leader) {
    const notes = (await api.supervisionNotes.list({ pageSize: LIMIT, filter: { status: 'open' } })).rows.map((n) => `note:${n.id}`);
    if (notes.length > 0) panels['notes'] = notes;
  }
  const overdueHazards = (await api.hazards.overdue({ pageSize: LIMIT })).rows.map((h) => `hazard:${h.id}`);
  if (overdueHazards.length > 0) panels['overdue-hazards'] = overdueHazards;
  if (can.office || can.leader) {
    const overdue = (await api.publications.overdue({ pageSize: LIMIT })).rows.map((r) => `result:${r.checkId}`);
    if (overdue.length > 0) panels['overdue-results'] = overdue;
  }
  return panels;
}

/** The old lists' orders, which the old page relied on: tasks newest first (id ascending among equals), checks by planned date (none last), then USCC. */
function oldTaskOrder<T extends { createdAt: Date | string; id: string }>(rows: T[]): T[] {
  const at = (row: T) => new Date(row.createdAt).getTime();
  return [...rows].sort((a, b) => at(b) - at(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function oldCheckOrder<T extends { scheduledOn: string | null; uscc: string }>(rows: T[]): T[] {
  const key = (row: T) => `${row.scheduledOn ?? '9999-99-99'}|${row.uscc}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
