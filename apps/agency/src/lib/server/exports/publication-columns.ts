import type { RouterOutputs } from '@liancha/api-client';
import type { ListColumn } from '@liancha/registry-io';

type DueResult = RouterOutputs['publications']['due']['rows'][number];

/** 待公示的检查结果: what the agency still has to publish, with each deadline (谁检查、谁公开). */
export const DUE_RESULT_COLUMNS: readonly ListColumn<DueResult>[] = [
  { header: '统一社会信用代码', cell: (r) => r.uscc, width: 22, textFormat: true },
  { header: '企业名称', cell: (r) => r.objectName, width: 30 },
  { header: '抽查任务编号', cell: (r) => r.taskCode, width: 20 },
  { header: '抽查任务名称', cell: (r) => r.taskTitle, width: 36 },
  { header: '检查完成日期', cell: (r) => r.endedOn, type: 'date' },
  { header: '公示期限', cell: (r) => r.dueOn ?? '', type: 'date' },
  { header: '期限为预计', cell: (r) => (r.dueProvisional ? '是' : '') },
  { header: '已逾期', cell: (r) => (r.overdue ? '是' : '') },
  { header: '已录入结果', cell: (r) => String(r.resultsRecorded) },
  { header: '已审核结果', cell: (r) => String(r.resultsApproved) },
];
