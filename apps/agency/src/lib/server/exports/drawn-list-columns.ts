import type { RouterOutputs } from '@liancha/api-client';
import { CHECK_STATUS_LABELS, labelFor, TEAM_ROLE_LABELS } from '@liancha/domain/vocabulary';
import type { ListColumn } from '@liancha/registry-io';

type DrawnCheck = RouterOutputs['checks']['ofTask']['checks'][number];

/** A drawn list with its teams as the lead's clerk prints or sends it: one row per enterprise. */
export function drawnListColumns(agencyName: (id: string) => string): readonly ListColumn<DrawnCheck>[] {
  const members = (c: DrawnCheck) =>
    c.team.map((m) => `${m.name}（${agencyName(m.agencyId)}${m.role !== 'member' ? `，${labelFor(TEAM_ROLE_LABELS, m.role)}` : ''}）`).join('、');
  return [
    { header: '统一社会信用代码', cell: (c) => c.check.uscc, width: 22, textFormat: true },
    { header: '企业名称', cell: (c) => c.check.objectName, width: 30 },
    { header: '注册地址', cell: (c) => c.check.address, width: 30 },
    { header: '检查组', cell: members, width: 60 },
    { header: '执法证号', cell: (c) => c.team.map((m) => m.certificateNo).join('、'), width: 40, textFormat: true },
    { header: '检查日期', cell: (c) => c.check.scheduledOn ?? '', type: 'date' },
    { header: '状态', cell: (c) => labelFor(CHECK_STATUS_LABELS, c.check.status) },
  ];
}
