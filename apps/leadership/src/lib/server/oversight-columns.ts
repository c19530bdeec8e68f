import type { RouterOutputs } from '@liancha/api-client';
import { QUARTER_NAMES } from '@liancha/domain/vocabulary';
import type { ListColumn } from '@liancha/registry-io';
import type { InspectorLoadRow } from '$lib/figures';

type Due = RouterOutputs['publications']['overdue']['rows'][number];

/** 逾期未公示的检查结果 as downloaded: the page's columns, the USCC kept as text. */
export const OVERDUE_COLUMNS: readonly ListColumn<Due>[] = [
  { header: '检查部门', cell: (r) => r.agencyName, width: 22 },
  { header: '统一社会信用代码', cell: (r) => r.uscc, width: 22, textFormat: true },
  { header: '企业名称', cell: (r) => r.objectName, width: 30 },
  { header: '联合抽查任务', cell: (r) => r.taskTitle, width: 30 },
  { header: '任务编号', cell: (r) => r.taskCode, width: 18 },
  { header: '检查结束日期', cell: (r) => r.endedOn ?? '', type: 'date' },
  { header: '公示期限', cell: (r) => r.dueOn ?? '', type: 'date' },
  { header: '期限为预计', cell: (r) => (r.dueProvisional ? '是' : '否') },
  { header: '已审核结果', cell: (r) => `${r.resultsApproved} / ${r.resultsRecorded}` },
];

/** 检查人员工作量 of a year: checks per quarter and in all. */
export const INSPECTOR_LOAD_COLUMNS: readonly ListColumn<InspectorLoadRow>[] = [
  { header: '检查人员', cell: (r) => r.name, width: 14 },
  { header: '专家', cell: (r) => (r.isExpert ? '是' : '否') },
  { header: '部门', cell: (r) => r.agencyName, width: 22 },
  ...QUARTER_NAMES.map((name, q): ListColumn<InspectorLoadRow> => ({ header: name, cell: (r) => String(r.checksByQuarter[q] ?? 0) })),
  { header: '全年检查户次', cell: (r) => String(r.checks) },
];
