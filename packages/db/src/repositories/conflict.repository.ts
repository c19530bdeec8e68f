import type { ConflictReason } from '../schema/registries.js';
import type { Executor, RegionScope } from './executor.js';
import { type AccessFilter, whereEqual } from './list-query.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export interface ConflictRow {
  id: string;
  regionCode: string;
  inspectorId: string;
  /** The agency of the inspector: abilities decide by it. */
  inspectorAgencyId: string;
  inspectorName: string;
  certificateNo: string;
  objectId: string;
  objectName: string;
  uscc: string;
  reasonCode: ConflictReason;
  note: string;
  validFrom: string;
  validUntil: string | null;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface ConflictFields {
  inspectorId: string;
  objectId: string;
  reasonCode: ConflictReason;
  note: string;
  validFrom: string;
  validUntil: string | null;
}

const select = (db: Executor, scope: RegionScope, access: AccessFilter<'conflict'>) =>
  rowsInRegion(db, scope, 'conflict')
    .where(access)
    .innerJoin('inspector as i', sameRegion('i.id', 'conflict.inspectorId'))
    .innerJoin('object as o', sameRegion('o.id', 'conflict.objectId'))
    .select([
      'conflict.id',
      'conflict.regionCode',
      'conflict.inspectorId',
      'i.agencyId as inspectorAgencyId',
      'i.name as inspectorName',
      'i.certificateNo',
      'conflict.objectId',
      'o.name as objectName',
      'o.uscc',
      'conflict.reasonCode',
      'conflict.note',
      'conflict.validFrom',
      'conflict.validUntil',
      'conflict.createdAt',
      'conflict.archivedAt',
    ]);

export async function listConflicts(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'conflict'>,
  filter: { inspectorId?: string | undefined; objectId?: string | undefined; includeArchived?: boolean | undefined; limit: number },
): Promise<ConflictRow[]> {
  let query = select(db, scope, access);
  query = whereEqual(query, 'conflict', { inspectorId: filter.inspectorId, objectId: filter.objectId });
  if (!filter.includeArchived) query = query.where('conflict.archivedAt', 'is', null);
  return query.orderBy('conflict.createdAt', 'desc').orderBy('conflict.id').limit(filter.limit).execute();
}

export async function getConflict(db: Executor, scope: RegionScope, access: AccessFilter<'conflict'>, id: string): Promise<ConflictRow | undefined> {
  return select(db, scope, access).where('conflict.id', '=', id).executeTakeFirst();
}

export async function insertConflict(db: Executor, scope: RegionScope, fields: ConflictFields, createdBy: string): Promise<string> {
  return insertInRegion(db, scope, 'conflict', { ...fields, createdBy });
}

export async function archiveConflict(db: Executor, scope: RegionScope, id: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'conflict', id, { archivedAt: at });
}
