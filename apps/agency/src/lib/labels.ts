import { CONFLICT_REASON_LABELS, CONFLICT_REASONS as CONFLICT_REASON_CODES, ESCALATION_MEASURE_LABELS, LISTING_LEVEL_LABELS, type Labelled } from '@liancha/ui';

/** Chinese names of this portal's codes; the ones both portals show are in @liancha/ui. */
export { dateTime, HAZARD_SEVERITY, HAZARD_STATUS, HAZARD_STEP_KINDS, labelOf, OVERDUE_FLAGS, toneOf } from '@liancha/ui';

export const PLAN_STATUS: Labelled = {
  draft: { label: '草稿', tone: 'neutral' },
  submitted: { label: '待审批', tone: 'warn' },
  approved: { label: '已审批（待公布）', tone: 'info' },
  rejected: { label: '已退回', tone: 'danger' },
  published: { label: '已公布', tone: 'ok' },
  superseded: { label: '已被新版本替代', tone: 'neutral' },
};

export const TASK_STATUS: Labelled = {
  draft: { label: '草稿', tone: 'neutral' },
  inviting: { label: '邀请配合部门中', tone: 'warn' },
  ready: { label: '待抽取', tone: 'info' },
  frozen: { label: '抽取仪式进行中', tone: 'warn' },
  drawn: { label: '已抽取', tone: 'ok' },
  in_progress: { label: '检查中', tone: 'info' },
  completed: { label: '已完成', tone: 'ok' },
  cancelled: { label: '已取消', tone: 'neutral' },
};

export const PARTICIPANT_STATUS: Labelled = {
  invited: { label: '待确认', tone: 'warn' },
  confirmed: { label: '已确认参加', tone: 'ok' },
  declined: { label: '已拒绝', tone: 'danger' },
};

export const DRAW_STATUS: Labelled = {
  open: { label: '收集承诺值', tone: 'warn' },
  frozen: { label: '已冻结，等待揭示', tone: 'warn' },
  drawn: { label: '已完成抽取', tone: 'ok' },
  cancelled: { label: '已取消', tone: 'neutral' },
};

export const CHECK_STATUS: Labelled = {
  planned: { label: '待通知', tone: 'neutral' },
  notified: { label: '已通知', tone: 'info' },
  in_progress: { label: '检查中', tone: 'warn' },
  recorded: { label: '已检查，结果录入中', tone: 'warn' },
  approved: { label: '结果已审核', tone: 'ok' },
  closed: { label: '已办结', tone: 'ok' },
  cancelled: { label: '已取消（替补）', tone: 'neutral' },
};

export const RESULT_STATUS: Labelled = {
  draft: { label: '已录入（未提交）', tone: 'neutral' },
  submitted: { label: '待领导审核', tone: 'warn' },
  approved: { label: '已审核', tone: 'ok' },
  returned: { label: '已退回', tone: 'danger' },
};

export const HAZARD_EVENTS: Record<string, string> = {
  reportRectified: '报告整改完成',
  reinspect: '复查',
  putUnderSupervision: '挂牌督办',
  filePlan: '报备“五落实”整改方案',
  reportProgress: '报告整改进展',
  requestAcceptance: '申请验收',
  accept: '现场验收',
  writeOff: '核销并同意恢复生产经营',
  escalate: '升级处置',
};

/** The shared 挂牌督办 levels and escalation measures, as form options. */
export const LISTING_LEVELS = Object.entries(LISTING_LEVEL_LABELS).map(([value, label]) => ({ value, label }));
export const ESCALATION_MEASURES = Object.entries(ESCALATION_MEASURE_LABELS).map(([value, label]) => ({ value, label }));

export const FOLLOW_UP_KINDS = [
  { value: 'rectify_by_deadline', label: '责令限期整改' },
  { value: 'case_filed', label: '立案查处' },
  { value: 'transfer_to_authority', label: '移交有处置权限的机构' },
  { value: 'transfer_to_judiciary', label: '移送司法机关' },
  { value: 'notify_department', label: '抄告相关部门' },
];

export const SANCTION_STATUS: Labelled = {
  draft: { label: '草稿（待审批）', tone: 'warn' },
  approved: { label: '已审批（待公示）', tone: 'info' },
  published: { label: '已公示', tone: 'ok' },
};

/** 督办单 as the addressed agency sees it. */
export const NOTE_STATUS: Labelled = {
  open: { label: '待答复', tone: 'warn' },
  responded: { label: '已答复（待领导小组办结）', tone: 'info' },
  closed: { label: '已办结', tone: 'ok' },
};

export const PUBLICATION_KINDS: Record<string, string> = {
  item_list: '抽查事项清单',
  annual_plan: '年度抽查工作计划',
  joint_task: '抽查任务及抽取结果',
  draw: '抽取结果',
  result: '检查结果',
  sanction: '行政处罚信息',
  substitution: '替补说明',
};

export const RISK_CLASSES = [
  { value: 'A', label: 'A 级（风险低）' },
  { value: 'B', label: 'B 级' },
  { value: 'C', label: 'C 级' },
  { value: 'D', label: 'D 级（风险高）' },
];

export const CATEGORIES = [
  { value: 'general', label: '一般' },
  { value: 'key', label: '重点' },
];

export const OBJECT_STATUS: Labelled = {
  operating: { label: '在营', tone: 'ok' },
  suspended: { label: '停产停业', tone: 'warn' },
  closed: { label: '关闭', tone: 'neutral' },
};

export const INSPECTOR_STATUS: Labelled = {
  on_duty: { label: '在岗', tone: 'ok' },
  on_leave: { label: '休假', tone: 'warn' },
  transferred: { label: '调离', tone: 'neutral' },
};

/** 回避 reasons as select options: the one list and its names (@liancha/domain rules/conflict-reasons.ts). */
export const CONFLICT_REASONS = CONFLICT_REASON_CODES.map((value) => ({ value, label: CONFLICT_REASON_LABELS[value] }));

export const TAG_DIMENSIONS = [
  { value: 'object_industry', label: '检查对象 · 行业分类' },
  { value: 'object_domain', label: '检查对象 · 监管领域' },
  { value: 'object_kind', label: '检查对象 · 对象类型' },
  { value: 'inspector_function', label: '执法人员 · 职能' },
  { value: 'inspector_enforcement_kind', label: '执法人员 · 执法门类' },
  { value: 'inspector_expertise', label: '执法人员 · 执法领域（专长）' },
];

export const REGISTRY_KINDS: Record<string, string> = {
  inspectionItem: '随机抽查事项清单',
  object: '检查对象名录库',
  inspector: '执法检查人员名录库',
};

export const TEAM_ROLES: Record<string, string> = { leader: '组长', member: '组员', expert: '专家' };

export const STRATIFY_FIELDS = [
  { value: 'sectorCode', label: '行业领域' },
  { value: 'riskClass', label: '风险等级' },
  { value: 'townshipCode', label: '属地乡镇（街道）' },
  { value: 'category', label: '重点/一般' },
];

export function yes(value: boolean): string {
  return value ? '是' : '否';
}

/** 1000 basis points → "10%". */
export function percent(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${(bp / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;
}

/** A moment in Beijing time, the way Chinese offices write it. */
export function day(value: Date | string | null | undefined): string {
  if (!value) return '—';
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** Fen → "1,234.00 元". */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}

/** 812 字节, 36 KB, 2.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
