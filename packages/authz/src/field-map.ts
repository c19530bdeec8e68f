import type { DB } from '@liancha/db';
import type { Selectable } from 'kysely';
import type { SubjectType } from './subjects.js';

/**
 * The fields a rule condition may name, per subject: the whitelist that keeps the
 * SQL translator from ever interpolating a name it was not given here.
 *
 * - Columns: the field is the camelCase column key; its kind (scalar, nullable,
 *   array) is checked against the schema types at compile time, because the
 *   translator needs it to keep SQL's three-valued logic equal to CASL's.
 * - Relations (virtual fields): a set of values held by rows of another table,
 *   tested in SQL with `exists (select 1 from <from> where <on> and <value> <op> …)`.
 *   In memory the subject row carries them as string arrays (selectVirtualFields).
 */
export type Table = keyof DB & string;
type Row<T extends Table> = Selectable<DB[T]>;

export type ColumnKind = 'scalar' | 'nullable' | 'array';
type KindOf<V> = [V] extends [readonly unknown[]] ? 'array' : null extends V ? 'nullable' : 'scalar';
export type ColumnKinds<T extends Table> = { [C in keyof Row<T> & string]?: KindOf<Row<T>[C]> };

export interface RelationField {
  /** The table holding the values. */
  from: Table;
  /** Join pairs: [column of `from`, column of the subject's table]. */
  on: readonly (readonly [string, string])[];
  /** The column of `from` compared with the condition's value. */
  value: string;
}

export interface SubjectFields<T extends Table = Table, R extends string = string> {
  table: T;
  columns: ColumnKinds<T>;
  relations: Record<R, RelationField>;
}

type RelationBuilder<T extends Table> = <F extends Table>(
  from: F,
  on: { [K in keyof Row<F> & string]?: keyof Row<T> & string },
  value: keyof Row<F> & string,
) => RelationField;

/** The relations of what is recorded on a check (by its `checkId`): the check's task and its team. */
const ofCheck = (rel: RelationBuilder<'checkResult' | 'followUpAction' | 'hazard' | 'sanction'>) => ({
  taskId: rel('check', { id: 'checkId', regionCode: 'regionCode' }, 'taskId'),
  teamInspectorIds: rel('teamMember', { checkId: 'checkId', regionCode: 'regionCode' }, 'inspectorId'),
});

function define<T extends Table, R extends string = never>(
  table: T,
  columns: ColumnKinds<T>,
  relations?: (rel: RelationBuilder<T>) => Record<R, RelationField>,
): SubjectFields<T, R> {
  const rel: RelationBuilder<T> = (from, on, value) => ({ from, on: Object.entries(on).map(([child, parent]) => [child, parent as string] as const), value });
  return { table, columns, relations: relations ? relations(rel) : ({} as Record<R, RelationField>) };
}

// Every relation also joins on region_code: the foreign keys are composite anyway,
// and it keeps each exists() co-located when the schema is distributed by region.
export const fieldMaps = {
  Agency: define('agency', { id: 'scalar', regionCode: 'scalar', kind: 'scalar' }),
  Unit: define('unit', { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar' }),
  User: define('appUser', { id: 'scalar', regionCode: 'scalar', agencyId: 'nullable', unitId: 'nullable', roles: 'array', status: 'scalar' }),
  Tag: define('tag', { id: 'scalar', regionCode: 'scalar', dimension: 'scalar', archivedAt: 'nullable' }),
  // Only a region's own sub-sectors are subjects (created from an import); the national list is reference data.
  Sector: define('sector', { code: 'scalar', regionCode: 'nullable', parentCode: 'nullable' }),
  InspectionItem: define(
    'inspectionItem',
    { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar', category: 'scalar', publishedAt: 'nullable', archivedAt: 'nullable' },
    (rel) => ({ taskIds: rel('jointTaskItem', { itemId: 'id', regionCode: 'regionCode' }, 'taskId') }),
  ),
  Object: define(
    'object',
    // supervisingAgencyIds is a column kept equal to the object_supervision rows (migration 17), so
    // that the filter every agency list carries needs no join.
    { id: 'scalar', regionCode: 'scalar', status: 'scalar', riskClass: 'scalar', sectorCode: 'scalar', archivedAt: 'nullable', supervisingAgencyIds: 'array' },
    (rel) => ({ taskIds: rel('check', { objectId: 'id', regionCode: 'regionCode' }, 'taskId') }),
  ),
  ObjectSupervision: define('objectSupervision', { regionCode: 'scalar', objectId: 'scalar', agencyId: 'scalar' }),
  Inspector: define(
    'inspector',
    { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar', unitId: 'nullable', userId: 'nullable', status: 'scalar', archivedAt: 'nullable' },
    (rel) => ({ taskIds: rel('jointTaskInspector', { inspectorId: 'id', regionCode: 'regionCode' }, 'taskId') }),
  ),
  Conflict: define(
    'conflict',
    { id: 'scalar', regionCode: 'scalar', inspectorId: 'scalar', objectId: 'scalar', reasonCode: 'scalar', archivedAt: 'nullable' },
    (rel) => ({ inspectorAgencyId: rel('inspector', { id: 'inspectorId', regionCode: 'regionCode' }, 'agencyId') }),
  ),
  AnnualPlan: define('annualPlan', { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar', year: 'scalar', status: 'scalar', publishedAt: 'nullable' }),
  JointTask: define('jointTask', { id: 'scalar', regionCode: 'scalar', leadAgencyId: 'scalar', kind: 'scalar', status: 'scalar' }),
  JointTaskParticipant: define('jointTaskParticipant', {
    id: 'scalar',
    regionCode: 'scalar',
    taskId: 'scalar',
    agencyId: 'scalar',
    unitId: 'nullable',
    role: 'scalar',
    status: 'scalar',
  }),
  JointTaskItem: define('jointTaskItem', { regionCode: 'scalar', taskId: 'scalar', itemId: 'scalar', agencyId: 'scalar' }),
  JointTaskInspector: define('jointTaskInspector', { regionCode: 'scalar', taskId: 'scalar', inspectorId: 'scalar', agencyId: 'scalar' }),
  Draw: define('draw', { id: 'scalar', regionCode: 'scalar', taskId: 'scalar', status: 'scalar' }),
  DrawEntropy: define('drawEntropy', { id: 'scalar', regionCode: 'scalar', drawId: 'scalar', sourceKind: 'scalar', agencyId: 'nullable' }, (rel) => ({
    taskId: rel('draw', { id: 'drawId', regionCode: 'regionCode' }, 'taskId'),
  })),
  Check: define('check', { id: 'scalar', regionCode: 'scalar', taskId: 'scalar', drawId: 'scalar', objectId: 'scalar', status: 'scalar' }, (rel) => ({
    teamInspectorIds: rel('teamMember', { checkId: 'id', regionCode: 'regionCode' }, 'inspectorId'),
  })),
  CheckResult: define(
    'checkResult',
    { id: 'scalar', regionCode: 'scalar', checkId: 'scalar', agencyId: 'scalar', itemId: 'scalar', status: 'scalar' },
    ofCheck,
  ),
  FollowUpAction: define(
    'followUpAction',
    { id: 'scalar', regionCode: 'scalar', checkId: 'scalar', agencyId: 'scalar', kind: 'scalar', status: 'scalar' },
    ofCheck,
  ),
  Hazard: define(
    'hazard',
    { id: 'scalar', regionCode: 'scalar', checkId: 'nullable', objectId: 'scalar', agencyId: 'scalar', severity: 'scalar', status: 'scalar' },
    ofCheck,
  ),
  Sanction: define('sanction', { id: 'scalar', regionCode: 'scalar', checkId: 'nullable', objectId: 'scalar', agencyId: 'scalar', status: 'scalar' }, ofCheck),
  CaseCheck: define(
    'caseCheck',
    { id: 'scalar', regionCode: 'scalar', objectId: 'scalar', agencyId: 'scalar', status: 'scalar', requestedBy: 'scalar' },
    (rel) => ({ officerIds: rel('caseCheckOfficer', { caseCheckId: 'id', regionCode: 'regionCode' }, 'inspectorId') }),
  ),
  InspectionCap: define('inspectionCapVersion', { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar', year: 'scalar' }),
  Campaign: define('inspectionCampaign', { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar', year: 'scalar', level: 'scalar', status: 'scalar' }),
  Publication: define('publication', { id: 'scalar', regionCode: 'scalar', agencyId: 'scalar', kind: 'scalar', subjectId: 'scalar' }),
  SupervisionNote: define('supervisionNote', { id: 'scalar', regionCode: 'scalar', toAgencyId: 'scalar', createdBy: 'scalar', status: 'scalar' }),
  AuditEvent: define('auditEvent', { seq: 'scalar', regionCode: 'nullable', actorUserId: 'nullable', subjectKind: 'scalar' }),
} satisfies Record<SubjectType, SubjectFields>;

export type FieldMaps = typeof fieldMaps;
/** The table a subject lives in (Kysely's camelCase key). */
export type TableOf<S extends SubjectType> = FieldMaps[S]['table'];
/** The virtual (relation) fields of a subject. */
export type VirtualFieldOf<S extends SubjectType> = keyof FieldMaps[S]['relations'] & string;
