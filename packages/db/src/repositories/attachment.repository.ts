import type { Insertable } from 'kysely';
import type { AttachmentOwnerKind, AttachmentTable } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import { insertInRegion } from './insert-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/** What an upload writes: the attachment's columns but those the database and the uploader fill. */
export type AttachmentFields = Omit<Insertable<AttachmentTable>, 'id' | 'seq' | 'regionCode' | 'uploadedBy' | 'uploadedAt'>;

export interface AttachmentRow extends AttachmentFields {
  id: string;
  regionCode: string;
  uploadedBy: string | null;
  uploadedByName: string | null;
  uploadedAt: Date;
}

const select = (db: Executor, scope: RegionScope) =>
  rowsInRegion(db, scope, 'attachment as a')
    .leftJoin('appUser as u', sameRegion('u.id', 'a.uploadedBy'))
    .select([
      'a.id',
      'a.regionCode',
      'a.agencyId',
      'a.ownerKind',
      'a.ownerId',
      'a.filename',
      'a.mimeType',
      'a.sizeBytes',
      'a.sha256',
      'a.storageKey',
      'a.uploadedBy',
      'u.displayName as uploadedByName',
      'a.uploadedAt',
    ]);

export async function insertAttachment(db: Executor, scope: RegionScope, fields: AttachmentFields, uploadedBy: string, at: Date): Promise<string> {
  return insertInRegion(db, scope, 'attachment', { ...fields, uploadedBy, uploadedAt: at });
}

/** Attachments of the given owners, oldest first; the caller has loaded the owners through its abilities. */
export async function listAttachments(db: Executor, scope: RegionScope, owners: { kind: AttachmentOwnerKind; ids: string[] }[]): Promise<AttachmentRow[]> {
  const wanted = owners.filter((o) => o.ids.length > 0);
  if (wanted.length === 0) return [];
  return select(db, scope)
    .where((eb) => eb.or(wanted.map((o) => eb.and([eb('a.ownerKind', '=', o.kind), eb('a.ownerId', 'in', o.ids)]))))
    .orderBy('a.seq')
    .execute();
}

/** One attachment by id, ignoring abilities: the caller must then load its owner through them. */
export async function getAttachmentUnchecked(db: Executor, scope: RegionScope, id: string): Promise<AttachmentRow | undefined> {
  return select(db, scope).where('a.id', '=', id).executeTakeFirst();
}

/** The hazard a timeline step belongs to (to authorise the step's attachments through the hazard). */
export async function hazardIdOfStep(db: Executor, scope: RegionScope, stepId: string): Promise<string | undefined> {
  const row = await rowsInRegion(db, scope, 'hazardProgress', { id: stepId }).select('hazardId').executeTakeFirst();
  return row?.hazardId;
}
