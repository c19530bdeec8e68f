import type { ListColumn } from '@liancha/registry-io';
import type { AgencyLine } from '$lib/agency-lines';
import { percent } from '$lib/labels';

const count = (n: number | null) => (n === null ? '' : String(n));

/** 各部门监管情况 as the leadership group downloads it: the page's columns, one row per agency. */
export const AGENCY_COLUMNS: readonly ListColumn<AgencyLine>[] = [
  { header: '部门', cell: (a) => a.agencyName, width: 26 },
  { header: '已抽户数', cell: (a) => count(a.drawn) },
  { header: '应抽户数', cell: (a) => count(a.required) },
  { header: '完成率', cell: (a) => (a.drawnRatio === null ? '' : percent(a.drawnRatio)) },
  { header: '低于最低比例', cell: (a) => (a.belowFloor ? '是' : '否') },
  { header: '逾期未公示', cell: (a) => String(a.resultsOverdue) },
  { header: '在办重大隐患', cell: (a) => String(a.majorHazards) },
  { header: '重大隐患超过挂牌督办期限', cell: (a) => String(a.pastListingDeadline) },
  { header: '未办结督办单', cell: (a) => count(a.openNotes) },
];
