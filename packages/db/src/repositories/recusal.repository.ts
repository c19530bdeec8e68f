import type { CheckStatus, RecusalStatus } from '@liancha/domain';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export async function insertRecusalRequest(
  db: Executor,
  scope: RegionScope,
  fields: { objectId: string; checkId: string; inspectorId: string; agencyId: string; reason: string },
): Promise<string> {
  const row = await db
    .insertInto('recusalRequest')
    .values({ ...fields, regionCode: scope.regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface RecusalRow {
  id: string;
  objectId: string;
  uscc: string;
  objectName: string;
  checkId: string;
  checkStatus: string;
  taskId: string;
  leadAgencyId: string;
  drawId: string;
  taskCode: string;
  taskTitle: string;
  inspectorId: string;
  inspectorName: string;
  certificateNo: string;
  agencyId: string;
  agencyName: string;
  reason: string;
  status: RecusalStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  recusalSeq: number | null;
}

function recusalRows(db: Executor, scope: RegionScope) {
  return rowsInRegion(db, scope, 'recusalRequest as q')
    .innerJoin('object as o', sameRegion('o.id', 'q.objectId'))
    .innerJoin('check as c', sameRegion('c.id', 'q.checkId'))
    .innerJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .innerJoin('inspector as i', sameRegion('i.id', 'q.inspectorId'))
    .innerJoin('agency as a', sameRegion('a.id', 'q.agencyId'))
    .select([
      'q.id',
      'q.objectId',
      'o.uscc',
      'o.name as objectName',
      'q.checkId',
      'c.status as checkStatus',
      't.id as taskId',
      't.leadAgencyId',
      'c.drawId',
      't.code as taskCode',
      't.title as taskTitle',
      'q.inspectorId',
      'i.name as inspectorName',
      'i.certificateNo',
      'q.agencyId',
      'a.name as agencyName',
      'q.reason',
      'q.status',
      'q.requestedAt',
      'q.decidedAt',
      'q.decisionNote',
      'q.recusalSeq',
    ]);
}

/** An enterprise's own requests, newest first. */
export async function recusalsOfObject(db: Executor, scope: RegionScope, objectId: string): Promise<RecusalRow[]> {
  return recusalRows(db, scope).where('q.objectId', '=', objectId).orderBy('q.requestedAt', 'desc').orderBy('q.id').execute();
}

/** Requests about officers of the given agencies (all agencies: null), open ones first then newest; at most `limit`. */
export async function recusalQueue(
  db: Executor,
  scope: RegionScope,
  input: { agencyIds: readonly string[] | null; status?: RecusalStatus; limit: number },
): Promise<RecusalRow[]> {
  let query = recusalRows(db, scope);
  if (input.agencyIds !== null)
    query = query.where('q.agencyId', 'in', input.agencyIds.length > 0 ? [...input.agencyIds] : ['00000000-0000-0000-0000-000000000000']);
  if (input.status) query = query.where('q.status', '=', input.status);
  return query.orderBy('q.requestedAt', 'desc').orderBy('q.id').limit(input.limit).execute();
}

/** The request, locked for its decision. */
export async function lockRecusalRequest(db: Executor, scope: RegionScope, id: string): Promise<RecusalRow | undefined> {
  const locked = await rowsInRegion(db, scope, 'recusalRequest', { id }).select('id').forUpdate().executeTakeFirst();
  if (!locked) return undefined;
  return recusalRows(db, scope).where('q.id', '=', id).executeTakeFirst();
}

export async function markRecusalDecided(
  db: Executor,
  scope: RegionScope,
  id: string,
  decision: { status: 'granted' | 'refused'; decidedBy: string; at: Date; note: string | null; conflictId: string | null; recusalSeq: number | null },
): Promise<void> {
  await db
    .updateTable('recusalRequest')
    .set({
      status: decision.status,
      decidedBy: decision.decidedBy,
      decidedAt: decision.at,
      decisionNote: decision.note,
      conflictId: decision.conflictId,
      recusalSeq: decision.recusalSeq,
    })
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** A granted recusal's change to one check's team: the recused member's seat goes to the replacement. */
export async function replaceTeamMember(
  db: Executor,
  scope: RegionScope,
  input: { checkId: string; from: string; to: string; agencyId: string; ticket: string },
): Promise<void> {
  await db
    .updateTable('teamMember')
    .set({ inspectorId: input.to, agencyId: input.agencyId, ticket: input.ticket })
    .where('regionCode', '=', scope.regionCode)
    .where('checkId', '=', input.checkId)
    .where('inspectorId', '=', input.from)
    .execute();
}

/** An officer's seat on a drawn check of this enterprise, with the check's state; undefined when there is none. */
export async function teamSeatOfObject(
  db: Executor,
  scope: RegionScope,
  input: { checkId: string; inspectorId: string; objectId: string },
): Promise<{ checkStatus: CheckStatus; agencyId: string; taskId: string; drawId: string } | undefined> {
  return rowsInRegion(db, scope, 'check as c', { id: input.checkId, objectId: input.objectId })
    .innerJoin('teamMember as m', sameRegion('m.checkId', 'c.id'))
    .where('m.inspectorId', '=', input.inspectorId)
    .select(['c.status as checkStatus', 'm.agencyId', 'c.taskId', 'c.drawId'])
    .executeTakeFirst();
}
