import { findDrawnCheckByInspectionCode, listTaskItems, type Executor, type RegionScope } from '@liancha/db';
import { applicableItems, type CaseCheckStatus, type CheckStatus } from '@liancha/domain';

/** A drawn check's state as the 检查码 page judges it: open (approved), done, or cancelled (withdrawn). */
const CODE_STATE: Record<CheckStatus, CaseCheckStatus> = {
  planned: 'approved',
  notified: 'approved',
  in_progress: 'approved',
  recorded: 'done',
  approved: 'done',
  closed: 'done',
  cancelled: 'withdrawn',
};

/**
 * What the public reads of a drawn check by its 检查码, in the shape of a 个案检查's: the task, every
 * agency taking part with the head who approved its part and when, the items that apply to the
 * enterprise with their legal basis, the team's officers and the task's window.
 */
export async function drawnCheckCodeFacts(db: Executor, scope: RegionScope, code: string) {
  const found = await findDrawnCheckByInspectionCode(db, scope, code);
  if (!found || !found.windowFrom || !found.windowTo) return undefined;
  const items = applicableItems(await listTaskItems(db, scope, found.taskId), found.sectorCode, found.subSectorCode);
  const agencyOf = new Map(found.approvals.map((a) => [a.agencyName, a]));
  const approvedAt = found.approvals.every((a) => a.approvedAt) ? new Date(Math.max(...found.approvals.map((a) => a.approvedAt!.getTime()))) : null;
  return {
    kind: 'routine' as const,
    status: CODE_STATE[found.status],
    emergency: false,
    agencyName: [...agencyOf.keys()].join('、'),
    objectName: found.objectName,
    uscc: found.uscc,
    trigger: null,
    legalBasis: [...new Set(items.map((i) => i.legalBasis).filter(Boolean))].join('；'),
    windowFrom: found.windowFrom,
    windowTo: found.windowTo,
    approvedByName: found.approvals.map((a) => `${a.approvedByName ?? '负责人'}（${a.agencyName}）`).join('、'),
    approvedAt,
    endedOn: found.endedOn,
    officers: found.officers.map(({ name, certificateNo, certificateExpiry }) => ({ name, certificateNo, certificateExpiry })),
    task: { code: found.taskCode, title: found.taskTitle },
    items: items.map((i) => ({ name: i.name, legalBasis: i.legalBasis })),
  };
}
