import type { RouterOutputs } from '../index.js';
import {
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  HAZARD_SEVERITY_LABELS,
  HAZARD_STATUS_LABELS,
  labelFor,
  OVERDUE_FLAG_LABELS,
  SANCTION_STATUS_LABELS,
} from '@liancha/domain/vocabulary';
import type { ListColumn } from '@liancha/registry-io';

/**
 * The columns of each outcome list as a clerk downloads it: Chinese headers (统一社会信用代码 and
 * 企业名称 as in the import template), names for codes, one definition per list.
 */
type Hazard = RouterOutputs['hazards']['list']['rows'][number];
type Sanction = RouterOutputs['sanctions']['list']['rows'][number];
type FollowUp = RouterOutputs['followUps']['list']['rows'][number];

const object = <R extends { uscc: string; objectName: string; agencyName: string }>(): ListColumn<R>[] => [
  { header: '统一社会信用代码', cell: (r) => r.uscc, width: 22, textFormat: true },
  { header: '企业名称', cell: (r) => r.objectName, width: 30 },
  { header: '检查部门', cell: (r) => r.agencyName, width: 22 },
];

export const HAZARD_COLUMNS: readonly ListColumn<Hazard>[] = [
  ...object<Hazard>(),
  { header: '隐患描述', cell: (h) => h.description, width: 40 },
  { header: '隐患等级', cell: (h) => labelFor(HAZARD_SEVERITY_LABELS, h.severity) },
  { header: '发现日期', cell: (h) => h.foundOn, type: 'date' },
  { header: '整改期限', cell: (h) => h.rectificationDeadline ?? '', type: 'date' },
  { header: '督办期限', cell: (h) => h.listingDeadline ?? '', type: 'date' },
  { header: '督办单位', cell: (h) => h.supervisingBody ?? '', width: 24 },
  { header: '状态', cell: (h) => labelFor(HAZARD_STATUS_LABELS, h.status) },
  { header: '逾期情况', cell: (h) => h.overdue.map((flag) => labelFor(OVERDUE_FLAG_LABELS, flag)).join('、'), width: 20 },
];

export const SANCTION_COLUMNS: readonly ListColumn<Sanction>[] = [
  ...object<Sanction>(),
  { header: '行政处罚决定书文号', cell: (s) => s.decisionNo, width: 26 },
  { header: '处罚依据', cell: (s) => s.basis, width: 30 },
  { header: '处罚内容', cell: (s) => s.penalty, width: 30 },
  { header: '罚款金额（元）', cell: (s) => (s.fineFen === null ? '' : (s.fineFen / 100).toFixed(2)) },
  { header: '处罚决定日期', cell: (s) => s.decidedOn, type: 'date' },
  { header: '状态', cell: (s) => labelFor(SANCTION_STATUS_LABELS, s.status) },
];

export const FOLLOW_UP_COLUMNS: readonly ListColumn<FollowUp>[] = [
  ...object<FollowUp>(),
  { header: '处置方式', cell: (f) => labelFor(FOLLOW_UP_KIND_LABELS, f.kind) },
  { header: '处置对象或事项', cell: (f) => f.target, width: 30 },
  { header: '办理期限', cell: (f) => f.deadline ?? '', type: 'date' },
  { header: '状态', cell: (f) => labelFor(FOLLOW_UP_STATUS_LABELS, f.status) },
  { header: '办结说明', cell: (f) => f.closureNote ?? '', width: 30 },
];
