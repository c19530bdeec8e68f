import type { RouterOutputs } from '@liancha/api-client';
import { CHECK_STATUS_LABELS, labelFor, RESULT_STATUS_LABELS } from '@liancha/domain/vocabulary';
import { RESULT_CODES, VERIFICATION_METHODS } from '@liancha/domain';
import type { ListColumn } from '@liancha/registry-io';

type Line = RouterOutputs['checks']['resultLines']['rows'][number];

/** 检查结果 as a clerk downloads them: one row per check and item, names for codes. */
export const RESULT_LINE_COLUMNS: readonly ListColumn<Line>[] = [
  { header: '统一社会信用代码', cell: (l) => l.uscc, width: 22, textFormat: true },
  { header: '企业名称', cell: (l) => l.objectName, width: 30 },
  { header: '抽查任务编号', cell: (l) => l.taskCode, width: 16 },
  { header: '抽查任务名称', cell: (l) => l.taskTitle, width: 30 },
  { header: '检查开始日期', cell: (l) => l.startedOn ?? '', type: 'date' },
  { header: '检查结束日期', cell: (l) => l.endedOn ?? '', type: 'date' },
  { header: '检查状态', cell: (l) => labelFor(CHECK_STATUS_LABELS, l.checkStatus), width: 18 },
  { header: '检查部门', cell: (l) => l.agencyName, width: 22 },
  { header: '事项编码', cell: (l) => l.itemCode, width: 12 },
  { header: '抽查事项', cell: (l) => l.itemName, width: 30 },
  { header: '检查结果', cell: (l) => labelFor(RESULT_CODES, l.resultCode), width: 18 },
  { header: '检查情况和发现的问题', cell: (l) => l.findings, width: 40 },
  { header: '核查方式', cell: (l) => l.verificationMethods.map((m) => labelFor(VERIFICATION_METHODS, m)).join('、'), width: 24 },
  { header: '结果状态', cell: (l) => labelFor(RESULT_STATUS_LABELS, l.resultStatus), width: 12 },
];
