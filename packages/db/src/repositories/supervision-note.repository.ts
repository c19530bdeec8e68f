import { NOTE_DEADLINE } from '@liancha/domain';
import type { NoteStatus, SupervisionNoteTable } from '../schema/oversight.js';
import type { Executor, RegionScope } from './executor.js';
import { pageOf, type AccessFilter, type Page, whereEqual } from './list-query.js';
import { overdueWhere } from './overdue.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export type SupervisionNoteStatus = NoteStatus;

/** 督办单: an instruction of the leadership group to one agency, and that agency's response. */
export interface SupervisionNoteRow {
  id: string;
  regionCode: string;
  toAgencyId: string;
  toAgencyName: string;
  subject: string;
  body: string;
  dueOn: string | null;
  status: SupervisionNoteStatus;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  response: string | null;
  respondedBy: string | null;
  respondedByName: string | null;
  respondedAt: Date | null;
  /** The hazard the note is about (its enterprise and description), if any. */
  hazardId: string | null;
  hazardObjectName: string | null;
  hazardDescription: string | null;
  closedBy: string | null;
  closedByName: string | null;
  closedAt: Date | null;
  closeRemark: string | null;
}

export interface SupervisionNoteFilter {
  status?: SupervisionNoteStatus | undefined;
  toAgencyId?: string | undefined;
  hazardId?: string | undefined;
  /** Open or responded notes whose due date is before this date. */
  overdueOn?: string | undefined;
}

function scoped(db: Executor, scope: RegionScope, access: AccessFilter<'supervisionNote'>) {
  return rowsInRegion(db, scope, 'supervisionNote')
    .innerJoin('agency as a', sameRegion('a.id', 'supervisionNote.toAgencyId'))
    .innerJoin('appUser as author', sameRegion('author.id', 'supervisionNote.createdBy'))
    .leftJoin('appUser as responder', sameRegion('responder.id', 'supervisionNote.respondedBy'))
    .leftJoin('appUser as closer', sameRegion('closer.id', 'supervisionNote.closedBy'))
    .leftJoin('hazard as h', sameRegion('h.id', 'supervisionNote.hazardId'))
    .leftJoin('object as ho', sameRegion('ho.id', 'h.objectId'))
    .where(access);
}

const COLUMNS = [
  'supervisionNote.id',
  'supervisionNote.regionCode',
  'supervisionNote.toAgencyId',
  'a.name as toAgencyName',
  'supervisionNote.subject',
  'supervisionNote.body',
  'supervisionNote.dueOn',
  'supervisionNote.status',
  'supervisionNote.createdBy',
  'author.displayName as createdByName',
  'supervisionNote.createdAt',
  'supervisionNote.response',
  'supervisionNote.respondedBy',
  'responder.displayName as respondedByName',
  'supervisionNote.respondedAt',
  'supervisionNote.hazardId',
  'ho.name as hazardObjectName',
  'h.description as hazardDescription',
  'supervisionNote.closedBy',
  'closer.displayName as closedByName',
  'supervisionNote.closedAt',
  'supervisionNote.closeRemark',
] as const;

export async function listSupervisionNotes(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'supervisionNote'>,
  request: { page: number; pageSize: number; filter: SupervisionNoteFilter },
): Promise<Page<SupervisionNoteRow>> {
  const { filter } = request;
  let query = scoped(db, scope, access);
  query = whereEqual(query, 'supervisionNote', { status: filter.status, toAgencyId: filter.toAgencyId, hazardId: filter.hazardId });
  if (filter.overdueOn) query = query.where(overdueWhere('supervisionNote', NOTE_DEADLINE, filter.overdueOn));
  return pageOf(request, query.select(COLUMNS).orderBy('supervisionNote.createdAt', 'desc').orderBy('supervisionNote.id'), query);
}

export async function getSupervisionNote(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'supervisionNote'>,
  id: string,
): Promise<SupervisionNoteRow | undefined> {
  return scoped(db, scope, access).select(COLUMNS).where('supervisionNote.id', '=', id).executeTakeFirst();
}

export async function insertSupervisionNote(
  db: Executor,
  scope: RegionScope,
  note: { toAgencyId: string; subject: string; body: string; dueOn: string | null; hazardId: string | null; createdBy: string; createdAt: Date },
): Promise<string> {
  return insertInRegion(db, scope, 'supervisionNote', { ...note });
}

type NotePatch = Partial<Pick<SupervisionNoteTable, 'subject' | 'body' | 'dueOn' | 'response' | 'respondedBy' | 'closedBy' | 'closeRemark'>> & {
  status?: SupervisionNoteStatus;
  respondedAt?: Date | null;
  closedAt?: Date | null;
};

/**
 * Changes a note only while it is still in `expectedStatus` (compare-and-set), so two
 * concurrent answers cannot both move it; returns false when the status had already moved.
 */
export async function updateSupervisionNote(
  db: Executor,
  scope: RegionScope,
  id: string,
  expectedStatus: SupervisionNoteStatus,
  patch: NotePatch,
): Promise<boolean> {
  return updateInRegion(db, scope, 'supervisionNote', id, patch, expectedStatus);
}

/** The agency a note may be addressed to: one of the region's own. */
export async function findAgencyInRegion(db: Executor, scope: RegionScope, id: string): Promise<{ id: string; name: string } | undefined> {
  return rowsInRegion(db, scope, 'agency', { id }).select(['id', 'name']).executeTakeFirst();
}

/** A hazard a note may be about: one of the addressed agency's own, in the region. */
export async function findHazardOfAgency(db: Executor, scope: RegionScope, hazardId: string, agencyId: string): Promise<{ id: string } | undefined> {
  return rowsInRegion(db, scope, 'hazard', { id: hazardId, agencyId }).select('id').executeTakeFirst();
}
