import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../repositories/executor.js';
import type { TaskStatus } from '../schema/planning.js';
import { composeUscc, dateInShanghai } from '@liancha/domain';
import { makeCheckResult } from './outcome-factories.js';
import { makeCheck } from './task-factories.js';

/**
 * Rows of the joint-inspection workflow inserted directly (plans, tasks, draws, checks,
 * results, sanctions, hazards), for tests of what reads them: publication and oversight.
 * Every builder takes what it needs and fills the rest with plain defaults.
 */
export function workflowRows(db: Executor, regionCode: string) {
  const unique = () => randomBytes(4).toString('hex').toUpperCase();

  async function object(input: {
    sectorCode: string;
    townshipCode: string;
    supervisedBy: string[];
    category?: 'general' | 'key';
    status?: 'operating' | 'suspended' | 'closed';
    name?: string;
  }): Promise<string> {
    const row = await db
      .insertInto('object')
      .values({
        regionCode,
        uscc: composeUscc({ authority: '9', entityType: '1', division: regionCode, orgBody: unique() }),
        name: input.name ?? `测试企业${unique()}`,
        townshipCode: input.townshipCode,
        sectorCode: input.sectorCode,
        riskClass: 'B',
        supervisionCategory: input.category ?? 'general',
        status: input.status ?? 'operating',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.supervisedBy.length > 0) {
      await db
        .insertInto('objectSupervision')
        .values(input.supervisedBy.map((agencyId) => ({ regionCode, objectId: row.id, agencyId })))
        .execute();
    }
    return row.id;
  }

  async function item(agencyId: string, name = '安全生产检查事项'): Promise<string> {
    const row = await db
      .insertInto('inspectionItem')
      .values({
        regionCode,
        agencyId,
        code: `T-${unique()}`,
        name,
        subItems: [],
        legalBasis: '《中华人民共和国安全生产法》',
        category: 'general',
        ratioBp: 1000,
        publishedAt: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function inspector(agencyId: string, input: { name?: string; phone?: string | null; isExpert?: boolean } = {}): Promise<string> {
    const row = await db
      .insertInto('inspector')
      .values({
        regionCode,
        agencyId,
        unitId: null,
        userId: null,
        name: input.name ?? `检查员${unique()}`,
        gender: null,
        certificateNo: `C${unique()}`,
        certificateExpiry: '2030-12-31',
        homeTownshipCode: null,
        phone: input.phone ?? null,
        isExpert: input.isExpert ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** An annual plan (default: published) with one batch per quarter of its year. */
  async function plan(input: {
    agencyId: string;
    year: number;
    ratioFloorBp?: number;
    status?: 'draft' | 'submitted' | 'approved' | 'published' | 'superseded';
    version?: number;
    itemIds?: string[];
    title?: string;
  }) {
    const row = await db
      .insertInto('annualPlan')
      .values({
        regionCode,
        agencyId: input.agencyId,
        year: input.year,
        version: input.version ?? 1,
        title: input.title ?? `${input.year}年度双随机抽查工作计划`,
        status: input.status ?? 'published',
        ratioFloorBp: input.ratioFloorBp ?? 1000,
        frequencyCaps: { A: 1, B: 1, C: 1, D: 1 },
        previousVersionId: null,
        adjustmentReason: null,
        createdBy: null,
        submittedAt: null,
        approvedBy: null,
        approvedAt: null,
        publishedAt: input.status === 'published' || input.status === undefined ? new Date(`${input.year}-01-10T02:00:00Z`) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const batches = await db
      .insertInto('planBatch')
      .values(
        [1, 2, 3, 4].map((q) => ({
          regionCode,
          planId: row.id,
          seq: q,
          name: `第${q}季度`,
          scope: {},
          quantity: null,
          ratioBp: null,
          startsOn: `${input.year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
          endsOn: `${input.year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`,
        })),
      )
      .returning(['id', 'seq'])
      .execute();
    if (input.itemIds?.length)
      await db
        .insertInto('annualPlanItem')
        .values(input.itemIds.map((itemId) => ({ regionCode, planId: row.id, itemId })))
        .execute();
    return { id: row.id, batchIds: batches.sort((a, b) => a.seq - b.seq).map((b) => b.id) };
  }

  /** A joint task led by `lead`, every participant confirmed unless listed in `invited`. */
  async function task(input: {
    lead: string;
    partners?: string[];
    invited?: string[];
    status?: TaskStatus;
    planBatchId?: string | null;
    poolFilter?: Record<string, unknown>;
    matrix?: Record<string, unknown>;
    inspectionStartsOn?: string | null;
    inspectionEndsOn?: string | null;
    itemIds?: { itemId: string; agencyId: string }[];
    title?: string;
    backfillReason?: string | null;
  }): Promise<{ id: string; code: string }> {
    const code = `JT-${unique()}`;
    const row = await db
      .insertInto('jointTask')
      .values({
        regionCode,
        leadAgencyId: input.lead,
        adHoc: !input.planBatchId,
        planBatchId: input.planBatchId ?? null,
        code,
        title: input.title ?? '联合双随机抽查任务',
        status: input.status ?? 'in_progress',
        poolFilter: input.poolFilter ?? { sectorCode: ['fireworks'] },
        matrix: input.matrix ?? {},
        teamRules: {},
        inspectionStartsOn: input.inspectionStartsOn ?? null,
        inspectionEndsOn: input.inspectionEndsOn ?? null,
        backfillReason: input.backfillReason ?? null,
        createdBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const participants = [
      { agencyId: input.lead, role: 'lead' as const, status: 'confirmed' as const },
      ...(input.partners ?? []).map((agencyId) => ({ agencyId, role: 'partner' as const, status: 'confirmed' as const })),
      ...(input.invited ?? []).map((agencyId) => ({ agencyId, role: 'partner' as const, status: 'invited' as const })),
    ];
    await db
      .insertInto('jointTaskParticipant')
      .values(participants.map((p) => ({ ...p, regionCode, taskId: row.id, unitId: null, confirmedBy: null, confirmedAt: null })))
      .execute();
    if (input.itemIds?.length)
      await db
        .insertInto('jointTaskItem')
        .values(input.itemIds.map((i) => ({ ...i, regionCode, taskId: row.id })))
        .execute();
    return { id: row.id, code };
  }

  /** The task's draw, drawn at `drawnAt` (default) with its bundle, and the drawn list. */
  async function draw(
    taskId: string,
    input: { drawnAt?: Date | null; bundle?: unknown; status?: 'frozen' | 'drawn'; drawn?: { objectId: string; uscc: string; stratum?: string }[] } = {},
  ): Promise<string> {
    const status = input.status ?? 'drawn';
    const drawnAt = status === 'drawn' ? (input.drawnAt ?? new Date()) : null;
    const commitment = 'c'.repeat(64);
    const bundle =
      status === 'drawn'
        ? (input.bundle ?? { algorithm: 'liancha-draw/1', commitment, seed: 'd'.repeat(64), objects: [], teams: null, substitutions: [] })
        : null;
    const row = await db
      .insertInto('draw')
      .values({
        regionCode,
        taskId,
        status,
        commitment,
        commitmentInputs: JSON.stringify({ algorithm: 'liancha-draw/1' }),
        openedBy: null,
        revealDeadline: null,
        frozenBy: null,
        frozenAt: new Date(),
        seed: status === 'drawn' ? 'd'.repeat(64) : null,
        bundle,
        drawnAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = row.id;
    // A task serves the period it inspects; fixtures without dates take the draw's day (Beijing time).
    if (drawnAt) {
      const day = dateInShanghai(drawnAt);
      await db
        .updateTable('jointTask')
        .set((eb) => ({ inspectionStartsOn: eb.fn.coalesce('inspectionStartsOn', eb.val(day)) }))
        .where('id', '=', taskId)
        .execute();
    }
    if (input.drawn?.length) {
      await db
        .insertInto('drawResult')
        .values(
          input.drawn.map((d, i) => ({
            regionCode,
            drawId: id,
            objectId: d.objectId,
            uscc: d.uscc,
            stratum: d.stratum ?? 'fireworks',
            ticket: String(i).padStart(64, '0'),
            rank: i + 1,
            outcome: 'drawn' as const,
          })),
        )
        .execute();
    }
    return id;
  }

  /** A check, recorded unless `status` says otherwise, started and ended on `endedOn`; its team are members unless roles are given. */
  const check = (input: {
    taskId: string;
    drawId: string;
    objectId: string;
    status?: 'planned' | 'in_progress' | 'recorded' | 'approved' | 'closed' | 'cancelled';
    endedOn?: string | null;
    scheduledOn?: string | null;
    team?: { inspectorId: string; agencyId: string; role?: 'member' | 'leader' | 'expert' }[];
  }): Promise<string> =>
    makeCheck(db, {
      ...input,
      regionCode,
      status: input.status ?? 'recorded',
      endedOn: input.endedOn ?? null,
      startedOn: input.endedOn ?? null,
      scheduledOn: input.scheduledOn ?? input.endedOn ?? null,
      team: input.team?.map((m) => ({ ...m, role: m.role ?? 'member' })),
    });

  const result = (input: {
    checkId: string;
    agencyId: string;
    itemId: string;
    resultCode: string;
    status?: 'draft' | 'submitted' | 'approved' | 'returned';
    findings?: string;
  }): Promise<string> => makeCheckResult(db, { regionCode, findings: '', verificationMethods: ['实地检查'], status: 'approved', ...input });

  async function sanction(input: {
    agencyId: string;
    objectId: string;
    checkId?: string | null;
    status?: 'draft' | 'approved' | 'published';
    fineFen?: number | null;
  }): Promise<string> {
    const row = await sql<{ id: string }>`
      insert into sanction (region_code, check_id, object_id, agency_id, decision_no, basis, penalty, fine_fen, decided_on, status,
                            penalty_categories, severity, publicity_ends_on)
      values (${regionCode}, ${input.checkId ?? null}, ${input.objectId}, ${input.agencyId}, ${`漳应急罚〔2025〕${unique()}号`},
              '《中华人民共和国安全生产法》第一百零一条', '罚款', ${input.fineFen === undefined ? 2_000_000 : input.fineFen}, '2025-06-10', ${input.status ?? 'published'},
              array['fine'], 'serious', '2028-06-10')
      returning id`.execute(db);
    return row.rows[0]!.id;
  }

  /** A major hazard in `status`; listed ones carry the 挂牌督办 fields the schema requires. */
  async function majorHazard(input: {
    agencyId: string;
    objectId: string;
    status: 'open' | 'listed' | 'acceptance_requested' | 'accepted' | 'written_off' | 'escalated';
    listingDeadline?: string;
  }): Promise<string> {
    const listed = input.status !== 'open';
    const row = await sql<{ id: string }>`
      insert into hazard (region_code, object_id, agency_id, severity, description, found_on, status, listing_level, supervising_body, listed_at, listing_deadline)
      values (${regionCode}, ${input.objectId}, ${input.agencyId}, 'major', '重大事故隐患', '2025-03-01', ${input.status},
              ${listed ? 'county' : null}, ${listed ? '市人民政府' : null}, ${listed ? new Date('2025-03-02T02:00:00Z') : null}, ${listed ? (input.listingDeadline ?? '2025-06-30') : null})
      returning id`.execute(db);
    return row.rows[0]!.id;
  }

  return { object, item, inspector, plan, task, draw, check, result, sanction, majorHazard, unique };
}

export type WorkflowRows = ReturnType<typeof workflowRows>;
