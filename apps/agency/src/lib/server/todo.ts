import type { RequestEvent } from '@sveltejs/kit';
import type { ApiClient, SessionUser } from '@liancha/api-client';
import { capabilitiesOf } from '$lib/roles';
import { maybe } from '@liancha/api-client/sveltekit';
import { dueText } from '@liancha/ui';

/** One thing that needs the user now, with where to do it. */
export interface TodoItem {
  href: string;
  title: string;
  detail?: string;
  urgent?: boolean;
}

export interface TodoGroup {
  key: string;
  title: string;
  items: TodoItem[];
  /** The panel could not be loaded (the reason, in Chinese). */
  error?: string;
  empty: string;
  more?: { href: string; label: string };
}

const LIMIT = 12;

/** The home page: what needs this user now, per role (approvals, reveals due, checks, results, overdue). */
export async function todoFor(event: RequestEvent, api: ApiClient, user: SessionUser): Promise<TodoGroup[]> {
  const can = capabilitiesOf(user);
  const agencyId = user.agency?.id;
  if (!agencyId) return [];
  const groups: Promise<TodoGroup | null>[] = [];
  if (can.office || can.leader) groups.push(taskGroups(event, api, agencyId, can.coordinator));
  if (can.leader) groups.push(planApprovals(event, api, agencyId), resultApprovals(event, api, agencyId), leaderHazards(event, api), sanctionApprovals(event, api));
  if (can.office) groups.push(planWork(event, api, agencyId), resultsToPublish(event, api, user));
  if (can.inspector || can.office) groups.push(myChecks(event, api, can.inspector && !can.office));
  if (can.office || can.leader) groups.push(notesToAnswer(event, api));
  groups.push(overdueHazards(event, api));
  if (can.office || can.leader) groups.push(overdueResults(event, api));
  return (await Promise.all(groups)).filter((g): g is TodoGroup => g !== null);
}

async function taskGroups(event: RequestEvent, api: ApiClient, agencyId: string, coordinator: boolean): Promise<TodoGroup | null> {
  const group: TodoGroup = { key: 'tasks', title: '联合抽查任务：待我部门办理', items: [], empty: '没有需要本部门办理的任务', more: { href: '/tasks', label: '全部任务' } };
  const listed = await maybe(event, api.tasks.list.query({}));
  if (!listed.ok) return { ...group, error: listed.message };
  const open = listed.value.filter((t) => ['inviting', 'ready', 'frozen'].includes(t.status)).slice(0, 30);
  const details = await Promise.all(open.map((t) => api.tasks.get.query({ taskId: t.id }).catch(() => null)));
  const draws = await Promise.all(details.map((t) => (t?.draw && t.draw.status !== 'drawn' ? api.draws.get.query({ drawId: t.draw.id }).catch(() => null) : null)));
  details.forEach((task, i) => {
    if (!task) return;
    const mine = task.participants.find((p) => p.agencyId === agencyId);
    const lead = task.leadAgencyId === agencyId;
    const draw = draws[i];
    if (mine?.status === 'invited') {
      group.items.push({ href: `/tasks/${task.id}`, title: `确认是否参加：${task.title}`, detail: `${task.code} · 牵头部门邀请本部门参加联合抽查`, urgent: true });
      return;
    }
    if (draw) {
      const source = draw.sources.find((s) => s.sourceKind === 'agency' && s.agencyId === agencyId);
      if (draw.status === 'open' && source && !source.commitmentHash && coordinator) {
        group.items.push({ href: `/draws/${draw.id}`, title: `提交随机数承诺值：${task.title}`, detail: `${task.code} · 抽取仪式已开始，本部门尚未提交承诺值`, urgent: true });
      } else if (draw.status === 'open' && lead) {
        const waiting = draw.sources.filter((s) => s.sourceKind === 'agency' && !s.commitmentHash).length;
        group.items.push({ href: `/draws/${draw.id}`, title: waiting === 0 ? `冻结抽取输入：${task.title}` : `等待 ${waiting} 个部门提交承诺值：${task.title}`, detail: task.code });
      } else if (draw.status === 'frozen' && source && source.revealedValue === null && coordinator) {
        group.items.push({ href: `/draws/${draw.id}`, title: `揭示随机数密钥：${task.title}`, detail: `${task.code} · 截止 ${draw.revealDeadline ? new Date(draw.revealDeadline).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—'}`, urgent: true });
      }
      return;
    }
    if (task.status === 'ready' || task.status === 'inviting') {
      const ownItems = task.items.some((it) => it.agencyId === agencyId);
      if (!ownItems && mine?.status === 'confirmed') group.items.push({ href: `/tasks/${task.id}`, title: `选定本部门抽查事项和检查人员：${task.title}`, detail: task.code });
      else if (lead && task.status === 'ready') group.items.push({ href: `/tasks/${task.id}`, title: `设置抽查矩阵并开始抽取：${task.title}`, detail: task.code });
    }
  });
  group.items = group.items.slice(0, LIMIT);
  return group;
}

async function planApprovals(event: RequestEvent, api: ApiClient, agencyId: string): Promise<TodoGroup> {
  const group: TodoGroup = { key: 'plan-approvals', title: '年度计划：待我审批', items: [], empty: '没有待审批的计划', more: { href: '/plans', label: '全部计划' } };
  const plans = await maybe(event, api.plans.list.query({ agencyId }));
  if (!plans.ok) return { ...group, error: plans.message };
  group.items = plans.value
    .filter((p) => p.status === 'submitted')
    .map((p) => ({ href: `/plans/${p.id}`, title: `${p.year}年 ${p.title}`, detail: `第${p.version}版${p.adjustmentReason ? `（调整：${p.adjustmentReason}）` : ''}`, urgent: true }));
  return group;
}

async function planWork(event: RequestEvent, api: ApiClient, agencyId: string): Promise<TodoGroup | null> {
  const plans = await maybe(event, api.plans.list.query({ agencyId }));
  if (!plans.ok) return null;
  const items = plans.value
    .filter((p) => ['draft', 'rejected', 'approved'].includes(p.status))
    .map((p) => ({
      href: `/plans/${p.id}`,
      title: `${p.year}年 ${p.title}`,
      detail: p.status === 'approved' ? '已审批，待公布' : p.status === 'rejected' ? '已被退回，请修改后重新提交' : '草稿，待提交审批',
      urgent: p.status !== 'draft',
    }));
  if (items.length === 0) return null;
  return { key: 'plans', title: '年度计划：待办理', items, empty: '' };
}

async function resultApprovals(event: RequestEvent, api: ApiClient, agencyId: string): Promise<TodoGroup> {
  const group: TodoGroup = { key: 'result-approvals', title: '检查结果：待我审核', items: [], empty: '没有待审核的检查结果', more: { href: '/checks', label: '全部检查' } };
  const due = await maybe(event, api.publications.due.query({ pageSize: 100 }));
  if (!due.ok) return { ...group, error: due.message };
  const candidates = due.value.rows.filter((r) => r.agencyId === agencyId && r.resultsRecorded > r.resultsApproved).slice(0, 30);
  const checks = await Promise.all(candidates.map((r) => api.checks.get.query({ checkId: r.checkId }).catch(() => null)));
  candidates.forEach((row, i) => {
    const submitted = checks[i]?.results.filter((r) => r.agencyId === agencyId && r.status === 'submitted').length ?? 0;
    if (submitted > 0) group.items.push({ href: `/checks/${row.checkId}`, title: row.objectName, detail: `${row.taskCode} · ${submitted} 项结果待审核`, urgent: true });
  });
  return group;
}

async function leaderHazards(event: RequestEvent, api: ApiClient): Promise<TodoGroup> {
  const group: TodoGroup = { key: 'hazard-writeoff', title: '重大事故隐患：待核销', items: [], empty: '没有待核销的隐患', more: { href: '/hazards', label: '隐患台账' } };
  const list = await maybe(event, api.hazards.list.query({ pageSize: LIMIT, filter: { statuses: ['accepted'] } }));
  if (!list.ok) return { ...group, error: list.message };
  group.items = list.value.rows.map((h) => ({ href: `/hazards/${h.id}`, title: h.objectName, detail: `验收合格，待核销并同意恢复生产经营 · ${h.description.slice(0, 40)}`, urgent: true }));
  return group;
}

async function sanctionApprovals(event: RequestEvent, api: ApiClient): Promise<TodoGroup> {
  const group: TodoGroup = { key: 'sanction-approvals', title: '行政处罚决定：待审批', items: [], empty: '没有待审批的处罚决定', more: { href: '/sanctions', label: '行政处罚' } };
  const list = await maybe(event, api.sanctions.list.query({ pageSize: LIMIT, filter: { statuses: ['draft'] } }));
  if (!list.ok) return { ...group, error: list.message };
  group.items = list.value.rows.map((s) => ({ href: `/sanctions/${s.id}`, title: `${s.decisionNo} · ${s.objectName}`, detail: s.penalty.slice(0, 40) }));
  return group;
}

async function resultsToPublish(event: RequestEvent, api: ApiClient, user: SessionUser): Promise<TodoGroup> {
  const group: TodoGroup = { key: 'publish', title: '公示：可以公示的结果和名单', items: [], empty: '没有待公示的内容', more: { href: '/publications', label: '公示' } };
  const due = await maybe(event, api.publications.due.query({ pageSize: 100 }));
  if (!due.ok) return { ...group, error: due.message };
  group.items = due.value.rows
    .filter((r) => r.readyToPublish)
    .slice(0, LIMIT)
    .map((r) => ({ href: '/publications', title: r.objectName, detail: `${r.taskCode} · 公示期限 ${dueText(r.dueOn, r.dueProvisional)}`, urgent: r.overdue }));
  // Drawn tasks this agency leads whose task notice and drawn list are not yet public.
  const [tasks, published] = await Promise.all([
    api.tasks.list.query({}).catch(() => []),
    api.publications.list.query({ regionCode: user.regionCode, pageSize: 200, filter: { kind: 'joint_task', agencyId: user.agency?.id } }).catch(() => null),
  ]);
  const done = new Set(published?.rows.map((p) => p.subjectId) ?? []);
  for (const task of tasks) {
    if (task.leadAgencyId === user.agency?.id && ['drawn', 'in_progress', 'completed'].includes(task.status) && !done.has(task.id)) {
      group.items.unshift({ href: '/publications', title: `抽查任务和抽取结果：${task.title}`, detail: `${task.code} · 抽取已完成，请公示抽查名单和抽取证明` });
    }
  }
  return group;
}

async function overdueResults(event: RequestEvent, api: ApiClient): Promise<TodoGroup | null> {
  const overdue = await maybe(event, api.publications.overdue.query({ pageSize: LIMIT }));
  if (!overdue.ok || overdue.value.rows.length === 0) return null;
  return {
    key: 'overdue-results',
    title: '逾期未公示的检查结果',
    items: overdue.value.rows.map((r) => ({ href: '/publications', title: r.objectName, detail: `${r.agencyName} · 应于 ${dueText(r.dueOn, r.dueProvisional)} 前公示`, urgent: true })),
    empty: '',
  };
}

async function myChecks(event: RequestEvent, api: ApiClient, mine: boolean): Promise<TodoGroup> {
  const group: TodoGroup = {
    key: 'checks',
    title: mine ? '我的检查：待检查、待录入结果' : '检查：进行中',
    items: [],
    empty: mine ? '目前没有分派给您的检查' : '没有进行中的检查',
    more: { href: '/checks', label: mine ? '我的检查' : '全部检查' },
  };
  const list = await maybe(event, api.checks.list.query({ mine, statuses: ['planned', 'notified', 'in_progress', 'recorded'] }));
  if (!list.ok) return { ...group, error: list.message };
  const label: Record<string, string> = { planned: '待通知', notified: '已通知，待检查', in_progress: '检查中，请录入结果', recorded: '已检查，请提交结果' };
  group.items = list.value.slice(0, LIMIT).map((c) => ({ href: `/checks/${c.id}`, title: c.objectName, detail: `${label[c.status] ?? c.status}${c.scheduledOn ? ` · 计划 ${c.scheduledOn}` : ''}`, urgent: c.status === 'in_progress' || c.status === 'recorded' }));
  return group;
}

async function overdueHazards(event: RequestEvent, api: ApiClient): Promise<TodoGroup | null> {
  const list = await maybe(event, api.hazards.overdue.query({ pageSize: LIMIT }));
  if (!list.ok || list.value.rows.length === 0) return null;
  return {
    key: 'overdue-hazards',
    title: '逾期的隐患整改、复查、督办、验收',
    items: list.value.rows.map((h) => ({ href: `/hazards/${h.id}`, title: h.objectName, detail: h.description.slice(0, 40), urgent: true })),
    empty: '',
    more: { href: '/hazards?overdue=1', label: '全部逾期隐患' },
  };
}

async function notesToAnswer(event: RequestEvent, api: ApiClient): Promise<TodoGroup | null> {
  const list = await maybe(event, api.supervisionNotes.list.query({ pageSize: LIMIT, filter: { status: 'open' } }));
  if (!list.ok) return { key: 'notes', title: '领导小组督办：待答复', items: [], empty: '', error: list.message };
  if (list.value.rows.length === 0) return null;
  return {
    key: 'notes',
    title: '领导小组督办：待答复',
    items: list.value.rows.map((n) => ({ href: `/notes/${n.id}`, title: n.subject, detail: `${n.createdByName} 下达${n.dueOn ? ` · 期限 ${n.dueOn}` : ''}`, urgent: true })),
    empty: '',
    more: { href: '/notes', label: '全部督办单' },
  };
}
