import type { ParticipantRole, ParticipantStatus, PlanStatus, TaskKind, TaskStatus } from '../schema/planning.js';
import type { DrawStatus } from '../schema/draw.js';
import type { CheckStatus, PenaltyCategory, ResultStatus, SanctionPartyKind, SanctionSeverity, SanctionStatus } from '../schema/checks.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { PLAN_CONTENT_COLUMNS } from './annual-plan.repository.js';
import { sql } from 'kysely';
import { getDrawBundle } from './draw.repository.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/**
 * What the publication use cases read to build a 公示: each loader takes the caller's access
 * filter for the subject (a row out of reach is simply not found) and returns only the
 * columns a public notice may show — never phone numbers, ID numbers, findings or conflicts.
 */

export interface AgencyRef {
  id: string;
  code: string;
  name: string;
}

export interface PlanRef {
  id: string;
  agencyCode: string;
  year: number;
  version: number;
  title: string;
}

async function agencyRef(db: Executor, scope: RegionScope, id: string): Promise<AgencyRef> {
  return rowsInRegion(db, scope, 'agency', { id }).select(['id', 'code', 'name']).executeTakeFirstOrThrow();
}

export async function regionName(db: Executor, scope: RegionScope): Promise<string> {
  const row = await db.selectFrom('region').select('name').where('code', '=', scope.regionCode).executeTakeFirstOrThrow();
  return row.name;
}

// ── annual plan ──────────────────────────────────────────────────────────────

export interface PlanSource {
  id: string;
  agency: AgencyRef;
  year: number;
  version: number;
  title: string;
  status: PlanStatus;
  ratioFloorBp: number;
  frequencyCaps: Record<string, number>;
  notes: string;
  previousVersionId: string | null;
  adjustmentReason: string | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  items: { code: string; name: string; category: string; legalBasis: string; ratioBp: number | null; frequency: string; method: string }[];
  batches: { seq: number; name: string; startsOn: string; endsOn: string; quantity: number | null; ratioBp: number | null }[];
}

export async function loadPlanSource(db: Executor, scope: RegionScope, access: AccessFilter<'annualPlan'>, id: string): Promise<PlanSource | undefined> {
  const plan = await rowsInRegion(db, scope, 'annualPlan', { id })
    .select(['annualPlan.id', ...PLAN_CONTENT_COLUMNS, 'annualPlan.approvedAt', 'annualPlan.publishedAt'])
    .where(access)
    .executeTakeFirst();
  if (!plan) return undefined;
  const [agency, items, batches] = await Promise.all([
    agencyRef(db, scope, plan.agencyId),
    rowsInRegion(db, scope, 'annualPlanItem as pi', { planId: id })
      .innerJoin('inspectionItem as i', sameRegion('i.id', 'pi.itemId'))
      .select(['i.code', 'i.name', 'i.category', 'i.legalBasis', 'i.ratioBp', 'i.frequency', 'i.method'])
      .orderBy('i.code')
      .execute(),
    rowsInRegion(db, scope, 'planBatch', { planId: id }).select(['seq', 'name', 'startsOn', 'endsOn', 'quantity', 'ratioBp']).orderBy('seq').execute(),
  ]);
  const { agencyId: _agencyId, ...rest } = plan;
  return { ...rest, agency, items, batches };
}

// ── joint task with its draw ────────────────────────────────────────────────

export interface TaskSource {
  id: string;
  code: string;
  title: string;
  kind: TaskKind;
  status: TaskStatus;
  adHoc: boolean;
  poolFilter: Record<string, unknown>;
  inspectionStartsOn: string | null;
  inspectionEndsOn: string | null;
  /** 补录: why the task was entered after its inspections began, or null. */
  backfillReason: string | null;
  leadAgency: AgencyRef;
  plan: (PlanRef & { batchSeq: number; batchName: string }) | null;
  participants: { agencyId: string; code: string; name: string; role: ParticipantRole; status: ParticipantStatus }[];
  items: { agencyName: string; code: string; name: string }[];
  draw: {
    id: string;
    status: DrawStatus;
    algorithm: string;
    commitment: string | null;
    seed: string | null;
    bundle: unknown;
    frozenAt: Date | null;
    drawnAt: Date | null;
  } | null;
  drawn: { stratum: string; rank: number; uscc: string; name: string }[];
}

const drawFacts = <T extends { hasBundle: boolean }>({ hasBundle: _hasBundle, ...facts }: T) => facts;

async function planOfBatch(db: Executor, scope: RegionScope, batchId: string | null): Promise<TaskSource['plan']> {
  if (!batchId) return null;
  const row = await rowsInRegion(db, scope, 'planBatch as b', { id: batchId })
    .innerJoin('annualPlan as p', sameRegion('p.id', 'b.planId'))
    .innerJoin('agency as a', sameRegion('a.id', 'p.agencyId'))
    .select(['p.id', 'a.code as agencyCode', 'p.year', 'p.version', 'p.title', 'b.seq as batchSeq', 'b.name as batchName'])
    .executeTakeFirst();
  return row ?? null;
}

export async function loadTaskSource(db: Executor, scope: RegionScope, access: AccessFilter<'jointTask'>, id: string): Promise<TaskSource | undefined> {
  const task = await rowsInRegion(db, scope, 'jointTask', { id })
    .select([
      'jointTask.id',
      'jointTask.code',
      'jointTask.title',
      'jointTask.kind',
      'jointTask.status',
      'jointTask.adHoc',
      'jointTask.poolFilter',
      'jointTask.inspectionStartsOn',
      'jointTask.inspectionEndsOn',
      'jointTask.backfillReason',
      'jointTask.leadAgencyId',
      'jointTask.planBatchId',
    ])
    .where(access)
    .executeTakeFirst();
  if (!task) return undefined;
  const [leadAgency, plan, participants, items, draw] = await Promise.all([
    agencyRef(db, scope, task.leadAgencyId),
    planOfBatch(db, scope, task.planBatchId),
    rowsInRegion(db, scope, 'jointTaskParticipant as p', { taskId: id })
      .innerJoin('agency as a', sameRegion('a.id', 'p.agencyId'))
      .select(['p.agencyId', 'a.code', 'a.name', 'p.role', 'p.status'])
      .orderBy('p.role')
      .orderBy('a.code')
      .execute(),
    rowsInRegion(db, scope, 'jointTaskItem as ti', { taskId: id })
      .innerJoin('inspectionItem as i', sameRegion('i.id', 'ti.itemId'))
      .innerJoin('agency as a', sameRegion('a.id', 'ti.agencyId'))
      .select(['a.name as agencyName', 'i.code', 'i.name'])
      .orderBy('a.code')
      .orderBy('i.code')
      .execute(),
    rowsInRegion(db, scope, 'draw', { taskId: id })
      .select(['id', 'status', 'algorithm', 'commitment', 'seed', 'frozenAt', 'drawnAt'])
      .select(sql<boolean>`bundle is not null`.as('hasBundle'))
      .executeTakeFirst(),
  ]);
  const drawn = draw
    ? await rowsInRegion(db, scope, 'drawResult as r', { drawId: draw.id })
        .innerJoin('object as o', sameRegion('o.id', 'r.objectId'))
        .select(['r.stratum', 'r.rank', 'r.uscc', 'o.name'])
        // The list as it stands: drawn and not replaced, or brought in by a substitution.
        .where((eb) => {
          const substitution = (column: 'replacedObjectId' | 'substituteObjectId') =>
            eb.exists(
              eb
                .selectFrom('drawSubstitution as s')
                .select('s.id')
                .whereRef('s.regionCode', '=', 'r.regionCode')
                .whereRef('s.drawId', '=', 'r.drawId')
                .whereRef(`s.${column}`, '=', 'r.objectId'),
            );
          return eb.or([eb.and([eb('r.outcome', '=', 'drawn'), eb.not(substitution('replacedObjectId'))]), substitution('substituteObjectId')]);
        })
        .orderBy('r.stratum')
        .orderBy('r.rank')
        .execute()
    : [];
  return {
    id: task.id,
    code: task.code,
    title: task.title,
    kind: task.kind,
    status: task.status,
    adHoc: task.adHoc,
    poolFilter: task.poolFilter,
    inspectionStartsOn: task.inspectionStartsOn,
    inspectionEndsOn: task.inspectionEndsOn,
    backfillReason: task.backfillReason,
    leadAgency,
    plan,
    participants,
    items,
    draw: draw ? { ...drawFacts(draw), bundle: draw.hasBundle ? await getDrawBundle(db, scope, draw.id) : null } : null,
    drawn,
  };
}

// ── a check's results, per agency ────────────────────────────────────────────

export interface CheckResultSource {
  id: string;
  status: CheckStatus;
  endedOn: string | null;
  object: { name: string; uscc: string };
  task: { id: string; code: string; title: string; kind: TaskKind; poolFilter: Record<string, unknown>; plan: TaskSource['plan'] };
  agency: AgencyRef;
  /** Whether the agency takes part in the check's task (lead or partner, not declined). */
  participates: boolean;
  results: { itemCode: string; itemName: string; resultCode: string; status: ResultStatus }[];
}

export async function loadCheckResultSource(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'check'>,
  checkId: string,
  agencyId: string,
): Promise<CheckResultSource | undefined> {
  const check = await rowsInRegion(db, scope, 'check', { id: checkId })
    .innerJoin('object as o', sameRegion('o.id', 'check.objectId'))
    .innerJoin('jointTask as t', sameRegion('t.id', 'check.taskId'))
    .select(['check.id', 'check.status', 'check.endedOn', 'o.name', 'o.uscc', 't.id as taskId', 't.code', 't.title', 't.kind', 't.poolFilter', 't.planBatchId'])
    .where(access)
    .executeTakeFirst();
  if (!check) return undefined;
  const agency = await rowsInRegion(db, scope, 'agency', { id: agencyId }).select(['id', 'code', 'name']).executeTakeFirst();
  if (!agency) return undefined;
  const [plan, participant, results] = await Promise.all([
    planOfBatch(db, scope, check.planBatchId),
    rowsInRegion(db, scope, 'jointTaskParticipant', { taskId: check.taskId, agencyId }).select('id').where('status', '<>', 'declined').executeTakeFirst(),
    rowsInRegion(db, scope, 'checkResult as r', { checkId, agencyId })
      .innerJoin('inspectionItem as i', sameRegion('i.id', 'r.itemId'))
      .select(['i.code as itemCode', 'i.name as itemName', 'r.resultCode', 'r.status'])
      .orderBy('i.code')
      .execute(),
  ]);
  return {
    id: check.id,
    status: check.status,
    endedOn: check.endedOn,
    object: { name: check.name, uscc: check.uscc },
    task: { id: check.taskId, code: check.code, title: check.title, kind: check.kind, poolFilter: check.poolFilter, plan },
    agency,
    participates: participant !== undefined,
    results,
  };
}

// ── a sanction ───────────────────────────────────────────────────────────────

export interface SanctionSource {
  id: string;
  status: SanctionStatus;
  /** The 处罚机关 with its 统一社会信用代码 (null until entered). */
  agency: AgencyRef & { uscc: string | null };
  object: { name: string; uscc: string };
  decisionNo: string;
  basis: string;
  penalty: string;
  fineFen: number | null;
  decidedOn: string;
  violationType: string;
  facts: string;
  penaltyCategories: PenaltyCategory[];
  validUntil: string | null;
  severity: SanctionSeverity;
  publicityEndsOn: string;
  partyKind: SanctionPartyKind;
  task: { code: string; title: string } | null;
}

export async function loadSanctionSource(db: Executor, scope: RegionScope, access: AccessFilter<'sanction'>, id: string): Promise<SanctionSource | undefined> {
  const row = await rowsInRegion(db, scope, 'sanction', { id })
    .innerJoin('object as o', sameRegion('o.id', 'sanction.objectId'))
    .leftJoin('check as c', sameRegion('c.id', 'sanction.checkId'))
    .leftJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .select([
      'sanction.id',
      'sanction.status',
      'sanction.agencyId',
      'o.name',
      'o.uscc',
      'sanction.decisionNo',
      'sanction.basis',
      'sanction.penalty',
      'sanction.fineFen',
      'sanction.decidedOn',
      'sanction.violationType',
      'sanction.facts',
      'sanction.penaltyCategories',
      'sanction.validUntil',
      'sanction.severity',
      'sanction.publicityEndsOn',
      'sanction.partyKind',
      't.code as taskCode',
      't.title as taskTitle',
    ])
    .where(access)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    status: row.status,
    agency: await rowsInRegion(db, scope, 'agency', { id: row.agencyId }).select(['id', 'code', 'name', 'uscc']).executeTakeFirstOrThrow(),
    object: { name: row.name, uscc: row.uscc },
    decisionNo: row.decisionNo,
    basis: row.basis,
    penalty: row.penalty,
    fineFen: row.fineFen,
    decidedOn: row.decidedOn,
    violationType: row.violationType,
    facts: row.facts,
    penaltyCategories: row.penaltyCategories,
    validUntil: row.validUntil,
    severity: row.severity,
    publicityEndsOn: row.publicityEndsOn,
    partyKind: row.partyKind,
    task: row.taskCode && row.taskTitle ? { code: row.taskCode, title: row.taskTitle } : null,
  };
}
