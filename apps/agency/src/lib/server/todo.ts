import type { RouterOutputs } from '@liancha/api-client';
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
  empty: string;
  more?: { href: string; label: string };
}

type Panel = RouterOutputs['home']['todo']['panels'][number];
type PanelOf<K extends Panel['key']> = Extract<Panel, { key: K }>;

/** Panels the page shows only when they list something. */
const HIDDEN_WHEN_EMPTY = new Set<Panel['key']>(['plans', 'notes', 'overdue-hazards', 'overdue-results']);

const CHECK_STEP: Record<string, string> = { planned: '待通知', notified: '已通知，待检查', in_progress: '检查中，请录入结果', recorded: '已检查，请提交结果' };
const dateTime = (at: Date | null) => (at ? new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');

/**
 * The home page's panels, as the API's `home.todo` gives them (which panels, which rows: the
 * API decides), in the page's words and links.
 */
export function todoGroups(panels: Panel[]): TodoGroup[] {
  return panels.map(group).filter((g) => g.items.length > 0 || !HIDDEN_WHEN_EMPTY.has(g.key as Panel['key']));
}

/** Each panel's words: its title, what it says when empty, its "all" link, and how a row reads. */
interface PanelWords<K extends Panel['key']> {
  title: string;
  empty?: string;
  more?: TodoGroup['more'];
  item: (row: PanelOf<K>['items'][number]) => TodoItem;
  /** Words that depend on the panel itself rather than on its rows. */
  by?: (panel: PanelOf<K>) => Partial<Pick<TodoGroup, 'title' | 'empty' | 'more'>>;
}

const PANELS: { [K in Panel['key']]: PanelWords<K> } = {
  tasks: { title: '联合抽查任务：待我部门办理', item: taskItem, empty: '没有需要本部门办理的任务', more: { href: '/tasks', label: '全部任务' } },
  'plan-approvals': {
    title: '年度计划：待我审批',
    item: (p) => ({
      href: `/plans/${p.planId}`,
      title: `${p.year}年 ${p.title}`,
      detail: `第${p.version}版${p.adjustmentReason ? `（调整：${p.adjustmentReason}）` : ''}`,
      urgent: true,
    }),
    empty: '没有待审批的计划',
    more: { href: '/plans', label: '全部计划' },
  },
  plans: {
    title: '年度计划：待办理',
    item: (p) => ({
      href: `/plans/${p.planId}`,
      title: `${p.year}年 ${p.title}`,
      detail: p.status === 'approved' ? '已审批，待公布' : p.status === 'rejected' ? '已被退回，请修改后重新提交' : '草稿，待提交审批',
      urgent: p.status !== 'draft',
    }),
  },
  'result-approvals': {
    title: '检查结果：待我审核',
    item: (r) => ({ href: `/checks/${r.checkId}`, title: r.objectName, detail: `${r.taskCode} · ${r.submitted} 项结果待审核`, urgent: true }),
    empty: '没有待审核的检查结果',
    more: { href: '/checks', label: '全部检查' },
  },
  'hazard-writeoff': {
    title: '重大事故隐患：待核销',
    item: (h) => ({
      href: `/hazards/${h.hazardId}`,
      title: h.objectName,
      detail: `验收合格，待核销并同意恢复生产经营 · ${h.description.slice(0, 40)}`,
      urgent: true,
    }),
    empty: '没有待核销的隐患',
    more: { href: '/hazards', label: '隐患台账' },
  },
  'sanction-approvals': {
    title: '行政处罚决定：待审批',
    item: (s) => ({ href: `/sanctions/${s.sanctionId}`, title: `${s.decisionNo} · ${s.objectName}`, detail: s.penalty.slice(0, 40) }),
    empty: '没有待审批的处罚决定',
    more: { href: '/sanctions', label: '行政处罚' },
  },
  publish: { title: '公示：可以公示的结果和名单', item: publishItem, empty: '没有待公示的内容', more: { href: '/publications', label: '公示' } },
  checks: {
    title: '检查：进行中',
    item: (c) => ({
      href: `/checks/${c.checkId}`,
      title: c.objectName,
      detail: `${CHECK_STEP[c.status] ?? c.status}${c.scheduledOn ? ` · 计划 ${c.scheduledOn}` : ''}`,
      urgent: c.status === 'in_progress' || c.status === 'recorded',
    }),
    empty: '没有进行中的检查',
    more: { href: '/checks', label: '全部检查' },
    by: (panel) => (panel.mine ? { title: '我的检查：待检查、待录入结果', empty: '目前没有分派给您的检查', more: { href: '/checks', label: '我的检查' } } : {}),
  },
  notes: {
    title: '领导小组督办：待答复',
    item: (n) => ({ href: `/notes/${n.noteId}`, title: n.subject, detail: `${n.createdByName} 下达${n.dueOn ? ` · 期限 ${n.dueOn}` : ''}`, urgent: true }),
    more: { href: '/notes', label: '全部督办单' },
  },
  'overdue-hazards': {
    title: '逾期的隐患整改、复查、督办、验收',
    item: (h) => ({ href: `/hazards/${h.hazardId}`, title: h.objectName, detail: h.description.slice(0, 40), urgent: true }),
    more: { href: '/hazards?overdue=1', label: '全部逾期隐患' },
  },
  'overdue-results': {
    title: '逾期未公示的检查结果',
    item: (r) => ({ href: '/publications', title: r.objectName, detail: `${r.agencyName} · 应于 ${dueText(r.dueOn, r.dueProvisional)} 前公示`, urgent: true }),
  },
};

function group<K extends Panel['key']>(panel: PanelOf<K>): TodoGroup {
  const words = PANELS[panel.key as K];
  const rows = panel.items as PanelOf<K>['items'][number][];
  return {
    key: panel.key,
    title: words.title,
    items: rows.map(words.item),
    empty: words.empty ?? '',
    ...(words.more ? { more: words.more } : {}),
    ...words.by?.(panel),
  };
}

function taskItem(t: PanelOf<'tasks'>['items'][number]): TodoItem {
  const draw = `/draws/${t.drawId}`;
  switch (t.action) {
    case 'confirm':
      return { href: `/tasks/${t.taskId}`, title: `确认是否参加：${t.title}`, detail: `${t.code} · 牵头部门邀请本部门参加联合抽查`, urgent: true };
    case 'commit':
      return { href: draw, title: `提交随机数承诺值：${t.title}`, detail: `${t.code} · 抽取仪式已开始，本部门尚未提交承诺值`, urgent: true };
    case 'freeze':
      return { href: draw, title: `冻结抽取输入：${t.title}`, detail: t.code };
    case 'await_commitments':
      return { href: draw, title: `等待 ${t.waiting} 个部门提交承诺值：${t.title}`, detail: t.code };
    case 'reveal':
      return { href: draw, title: `揭示随机数密钥：${t.title}`, detail: `${t.code} · 截止 ${dateTime(t.revealDeadline)}`, urgent: true };
    case 'select':
      return { href: `/tasks/${t.taskId}`, title: `选定本部门抽查事项和检查人员：${t.title}`, detail: t.code };
    case 'configure':
      return { href: `/tasks/${t.taskId}`, title: `设置抽查矩阵并开始抽取：${t.title}`, detail: t.code };
  }
}

function publishItem(p: PanelOf<'publish'>['items'][number]): TodoItem {
  if (p.kind === 'task') return { href: '/publications', title: `抽查任务和抽取结果：${p.title}`, detail: `${p.code} · 抽取已完成，请公示抽查名单和抽取证明` };
  return { href: '/publications', title: p.objectName, detail: `${p.taskCode} · 公示期限 ${dueText(p.dueOn, p.dueProvisional)}`, urgent: p.overdue };
}
