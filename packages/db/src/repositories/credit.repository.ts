import type { CreditRecordKind } from '../schema/checks.js';
import type { RiskClass } from '../schema/registries.js';
import type { Executor, RegionScope } from './executor.js';
import { pageOf, type Page } from './list-query.js';
import { objectMatches } from './text-search.js';
import { insertInRegion } from './insert-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/** One entry of an object's credit record (信用记录). */
export interface CreditRecordFields {
  objectId: string;
  agencyId: string | null;
  kind: CreditRecordKind;
  /** The sanction, hazard or check result the entry comes from. */
  sourceId: string | null;
  previousClass: RiskClass | null;
  newClass: RiskClass | null;
  reason: string;
}

export interface CreditRecordRow extends CreditRecordFields {
  id: string;
  seq: number;
  agencyName: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: Date;
}

/** Append-only by use: nothing updates or deletes a credit record. */
export async function insertCreditRecord(db: Executor, scope: RegionScope, record: CreditRecordFields, recordedBy: string | null, at: Date): Promise<string> {
  return insertInRegion(db, scope, 'creditRecord', { ...record, recordedBy, recordedAt: at });
}

/** The object's history, newest first; the caller has loaded the object through its abilities. */
export async function listCreditHistory(db: Executor, scope: RegionScope, objectId: string, limit = 500): Promise<CreditRecordRow[]> {
  const rows = await rowsInRegion(db, scope, 'creditRecord as cr', { objectId })
    .leftJoin('agency as a', sameRegion('a.id', 'cr.agencyId'))
    .leftJoin('appUser as u', sameRegion('u.id', 'cr.recordedBy'))
    .select([
      'cr.id',
      'cr.seq',
      'cr.objectId',
      'cr.agencyId',
      'a.shortName as agencyName',
      'cr.kind',
      'cr.sourceId',
      'cr.previousClass',
      'cr.newClass',
      'cr.reason',
      'cr.recordedBy',
      'u.displayName as recordedByName',
      'cr.recordedAt',
    ])
    .orderBy('cr.seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, previousClass: r.previousClass as RiskClass | null, newClass: r.newClass as RiskClass | null }));
}

/** Write one of an object's credit columns and stamp it; false when the column already held that value. */
async function changeObjectColumn(
  db: Executor,
  scope: RegionScope,
  objectId: string,
  change: { column: 'riskClass'; value: RiskClass },
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('object')
    .set({ [change.column]: change.value, updatedAt: at })
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', objectId)
    .where(change.column, '!=', change.value)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Set the risk class the next draw stratifies by; false when it already was that class. */
export async function setObjectRiskClass(db: Executor, scope: RegionScope, objectId: string, riskClass: RiskClass, at: Date): Promise<boolean> {
  return changeObjectColumn(db, scope, objectId, { column: 'riskClass', value: riskClass }, at);
}

/** Mark 失信 until `until` (null: no end stated), or lift it; false when the object already was in that state. */
export async function setObjectDishonest(
  db: Executor,
  scope: RegionScope,
  objectId: string,
  dishonest: boolean,
  at: Date,
  until: string | null = null,
): Promise<boolean> {
  const result = await db
    .updateTable('object')
    .set({ dishonest, dishonestUntil: dishonest ? until : null, updatedAt: at })
    .where('regionCode', '=', scope.regionCode)
    .where('id', '=', objectId)
    .where('dishonest', '!=', dishonest)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface DishonestEntry {
  objectId: string;
  name: string;
  uscc: string;
  sectorCode: string;
  townshipCode: string;
  riskClass: RiskClass;
  /** The latest 失信 marking: why, when and by which agency. */
  reason: string | null;
  since: Date | null;
  markedByAgency: string | null;
}

/**
 * The region's joint-punishment list (联合惩戒名单): every object marked 失信, with the latest
 * marking. Deliberately not filtered by the caller's object abilities — every agency of the
 * region must be able to apply joint punishment — so it carries identity fields only.
 */
export async function listDishonestObjects(
  db: Executor,
  scope: RegionScope,
  request: { page: number; pageSize: number; filter: { search?: string | undefined; sectorCode?: string | undefined } },
): Promise<Page<DishonestEntry>> {
  let base = rowsInRegion(db, scope, 'object', { dishonest: true }).where('object.archivedAt', 'is', null);
  if (request.filter.search) {
    const text = request.filter.search.trim();
    base = base.where(objectMatches('object', text));
  }
  if (request.filter.sectorCode) base = base.where('object.sectorCode', '=', request.filter.sectorCode);
  return pageOf(
    request,
    base
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('creditRecord as cr')
            .leftJoin('agency as a', sameRegion('a.id', 'cr.agencyId'))
            .select(['cr.reason', 'cr.recordedAt', 'a.shortName'])
            .whereRef('cr.objectId', '=', 'object.id')
            .whereRef('cr.regionCode', '=', 'object.regionCode')
            .where('cr.kind', '=', 'dishonest')
            .orderBy('cr.seq', 'desc')
            .limit(1)
            .as('latest'),
        (join) => join.onTrue(),
      )
      .select([
        'object.id as objectId',
        'object.name',
        'object.uscc',
        'object.sectorCode',
        'object.townshipCode',
        'object.riskClass',
        'latest.reason',
        'latest.recordedAt as since',
        'latest.shortName as markedByAgency',
      ])
      .orderBy('latest.recordedAt', (ob) => ob.desc().nullsLast())
      .orderBy('object.id'),
    base,
  );
}
