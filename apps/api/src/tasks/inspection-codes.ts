import { randomBytes } from 'node:crypto';
import { checksWithoutInspectionCode, listParticipants, setInspectionCodes, type Executor, type RegionScope, type TaskRow } from '@liancha/db';
import { checkApprovalApplies, inspectionCodeFrom, pendingCheckApprovals } from '@liancha/domain';

/** Every live check of an approved task without a 检查码 gets one (60 random bits each: a secret, not a draw, so no seed). */
export async function giveInspectionCodes(db: Executor, scope: RegionScope, taskId: string): Promise<number> {
  const ids = await checksWithoutInspectionCode(db, scope, taskId);
  await setInspectionCodes(
    db,
    scope,
    ids.map((checkId) => ({ checkId, code: inspectionCodeFrom(randomBytes(12)) })),
  );
  return ids.length;
}

/** A check added after the approval (a substitution's) gets its code at once, as the others did. */
export async function codeChecksOfApprovedTask(db: Executor, scope: RegionScope, task: Pick<TaskRow, 'id' | 'inspectionStartsOn'>): Promise<void> {
  if (!checkApprovalApplies(task.inspectionStartsOn)) return;
  if (pendingCheckApprovals(await listParticipants(db, scope, task.id)).length > 0) return;
  await giveInspectionCodes(db, scope, task.id);
}
