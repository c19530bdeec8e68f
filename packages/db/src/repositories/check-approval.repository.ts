import { sql } from 'kysely';
import type { CheckStatus } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/**
 * 行政检查审批 of a joint task's drawn checks, their 检查码, and what the public reads by a code.
 * The rules (who approves, when a task needs it) live in the domain and the API's use cases.
 */

/** The head of `agencyId` approves its part of the task's checks, once: true when this call recorded it. */
export async function approveTaskChecks(
  db: Executor,
  scope: RegionScope,
  approval: { taskId: string; agencyId: string; by: string; at: Date; note: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('jointTaskParticipant')
    .set({ checksApprovedBy: approval.by, checksApprovedAt: approval.at, checksApprovalNote: approval.note })
    .where('regionCode', '=', scope.regionCode)
    .where('taskId', '=', approval.taskId)
    .where('agencyId', '=', approval.agencyId)
    .where('status', '=', 'confirmed')
    .where('checksApprovedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The task's live checks still without a 检查码 (a substitution's check arrives after the approval). */
export async function checksWithoutInspectionCode(db: Executor, scope: RegionScope, taskId: string): Promise<string[]> {
  const rows = await rowsInRegion(db, scope, 'check', { taskId })
    .select('id')
    .where('inspectionCode', 'is', null)
    .where('status', '!=', 'cancelled')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Give each check its code, in one statement however many checks the task holds. */
export async function setInspectionCodes(db: Executor, scope: RegionScope, codes: readonly { checkId: string; code: string }[]): Promise<void> {
  if (codes.length === 0) return;
  const values = sql.join(codes.map((c) => sql`(${c.checkId}::uuid, ${c.code})`));
  await sql`update "check" as c set inspection_code = v.code, updated_at = now()
    from (values ${values}) as v(id, code)
    where c.region_code = ${scope.regionCode} and c.id = v.id and c.inspection_code is null`.execute(db);
}

/** What the public page of a drawn check's 检查码 shows (the API adds the items' legal basis). */
export interface DrawnCheckCodeFacts {
  checkId: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  windowFrom: string | null;
  windowTo: string | null;
  status: CheckStatus;
  objectName: string;
  uscc: string;
  sectorCode: string;
  subSectorCode: string | null;
  endedOn: string | null;
  approvals: { agencyName: string; role: string; approvedByName: string | null; approvedAt: Date | null }[];
  officers: { name: string; certificateNo: string; certificateExpiry: string; agencyName: string }[];
}

/** The drawn check a 检查码 belongs to in the region (any caller: the code is the key), or undefined. */
export async function findDrawnCheckByInspectionCode(db: Executor, scope: RegionScope, code: string): Promise<DrawnCheckCodeFacts | undefined> {
  const row = await db
    .selectFrom('check as c')
    .innerJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .innerJoin('object as o', sameRegion('o.id', 'c.objectId'))
    .select([
      'c.id as checkId',
      'c.taskId',
      't.code as taskCode',
      't.title as taskTitle',
      't.inspectionStartsOn as windowFrom',
      't.inspectionEndsOn as windowTo',
      'c.status',
      'o.name as objectName',
      'o.uscc',
      'o.sectorCode',
      'o.subSectorCode',
      'c.endedOn',
    ])
    .where('c.regionCode', '=', scope.regionCode)
    .where('c.inspectionCode', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  const [approvals, officers] = await Promise.all([
    rowsInRegion(db, scope, 'jointTaskParticipant as p', { taskId: row.taskId })
      .innerJoin('agency as a', sameRegion('a.id', 'p.agencyId'))
      .leftJoin('appUser as u', sameRegion('u.id', 'p.checksApprovedBy'))
      .select(['a.name as agencyName', 'p.role', 'u.displayName as approvedByName', 'p.checksApprovedAt as approvedAt'])
      .where('p.status', '=', 'confirmed')
      .orderBy('p.role')
      .orderBy('a.code')
      .execute(),
    rowsInRegion(db, scope, 'teamMember as m', { checkId: row.checkId })
      .innerJoin('inspector as i', sameRegion('i.id', 'm.inspectorId'))
      .innerJoin('agency as a', sameRegion('a.id', 'm.agencyId'))
      .select(['i.name', 'i.certificateNo', 'i.certificateExpiry', 'a.name as agencyName'])
      .where('m.role', '!=', 'expert')
      .orderBy('a.code')
      .orderBy('i.name')
      .execute(),
  ]);
  return { ...row, approvals, officers };
}
