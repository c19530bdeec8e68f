import { randomBytes } from 'node:crypto';
import type { Executor } from '@liancha/db';
import { commitSecret, createEntropySecret } from '@liancha/domain';
import { storeContent } from '../attachments/attachment-store.js';
import { TEST_FILES } from '../attachments/test-files.js';
import { TEST_ATTACHMENT_DIR } from '../testing/caller.js';
import type { BaseMatrixWorld, Relation } from './matrix-world.js';

type Api = Awaited<ReturnType<BaseMatrixWorld['as']>>;
type PlanStatus = 'draft' | 'submitted' | 'approved' | 'published';
type CheckStage = 'planned' | 'in_progress' | 'recorded' | 'submitted';

/**
 * Fixtures for the workflow procedures (plans, tasks, draws, checks). Relations, seen from 应急局:
 * own = led by yjj; other = led by 生态环境局 with no part for yjj; partner = led by 市场监管局
 * with yjj taking part; region = 新罗区. Targets of writes are fresh per call; read-only
 * targets that need a whole ceremony are made once.
 */
export async function workflowFixtures(db: Executor, world: BaseMatrixWorld) {
  const code = { own: 'yjj', other: 'sthj', partner: 'scj', region: 'xl-yjj' } as const;
  const agency = (relation: Relation) => (relation === 'region' ? world.otherRegionAgencyId : world.agencyId(code[relation]));
  const regionOf = (relation: Relation) => (relation === 'region' ? '350802' : '350881');
  const yjj = world.agencyId('yjj');
  const unique = () => randomBytes(4).toString('hex');
  // Fixture plans share one year and differ by version; plans.create calls take fresh years.
  let version = 1;
  let freshYear = 2000;

  const users = new Map<string, Api>();
  const as = async (username: string) => users.get(username) ?? (users.set(username, await world.as(username)), users.get(username)!);

  // One published item per agency of 漳平 (tasks may only use published items).
  const publishedItem = new Map<string, string>();
  for (const c of ['yjj', 'scj', 'sthj'] as const) {
    const item = await db.selectFrom('inspectionItem').select('id').where('agencyId', '=', world.agencyId(c)).orderBy('code').executeTakeFirstOrThrow();
    await db.updateTable('inspectionItem').set({ publishedAt: new Date() }).where('id', '=', item.id).execute();
    publishedItem.set(world.agencyId(c), item.id);
  }
  const xlItem = await db
    .insertInto('inspectionItem')
    .values({
      regionCode: '350802',
      agencyId: world.otherRegionAgencyId,
      code: 'XL-1',
      name: '新罗事项',
      subItems: [],
      legalBasis: '《安全生产法》',
      category: 'general',
      ratioBp: 1000,
      publishedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  publishedItem.set(world.otherRegionAgencyId, xlItem.id);

  async function plan(relation: Relation, status: PlanStatus): Promise<string> {
    const regionCode = regionOf(relation);
    const row = await db
      .insertInto('annualPlan')
      .values({
        regionCode,
        agencyId: agency(relation),
        year: 2050,
        version: version++,
        title: '矩阵年度计划',
        status,
        ratioFloorBp: 1000,
        frequencyCaps: { B: 1 },
        previousVersionId: null,
        adjustmentReason: null,
        createdBy: null,
        publishedAt: status === 'published' ? new Date() : null,
      })
      .returning(['id', 'year'])
      .executeTakeFirstOrThrow();
    await db
      .insertInto('annualPlanItem')
      .values({ regionCode, planId: row.id, itemId: publishedItem.get(agency(relation))! })
      .execute();
    await db
      .insertInto('planBatch')
      .values({
        regionCode,
        planId: row.id,
        seq: 1,
        name: '全年',
        startsOn: `${row.year}-01-01`,
        endsOn: `${row.year}-12-31`,
        quantity: null,
        ratioBp: null,
        scope: {},
      })
      .execute();
    return row.id;
  }

  /** A task with its participants; `partner` relation: led by scj with yjj as (invited or confirmed) partner. */
  async function task(relation: Relation, options: { status?: 'inviting' | 'ready'; yjjConfirmed?: boolean; fromPlan?: boolean } = {}): Promise<string> {
    const regionCode = regionOf(relation);
    const lead = agency(relation);
    const planBatchId = options.fromPlan
      ? (
          await db
            .selectFrom('planBatch')
            .select('id')
            .where('planId', '=', await plan(relation, 'published'))
            .executeTakeFirstOrThrow()
        ).id
      : null;
    const row = await db
      .insertInto('jointTask')
      .values({
        regionCode,
        leadAgencyId: lead,
        adHoc: planBatchId === null,
        planBatchId,
        code: `M-${unique()}`,
        title: '矩阵联合任务',
        status: options.status ?? 'ready',
        poolFilter: { supervision: 'any' },
        matrix: { stratifyBy: ['sectorCode'], default: { ratioBp: 100 } },
        teamRules: {},
        inspectionStartsOn: '2035-03-01',
        inspectionEndsOn: '2035-03-31',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('jointTaskParticipant').values({ regionCode, taskId: row.id, agencyId: lead, role: 'lead', status: 'confirmed' }).execute();
    await db
      .insertInto('jointTaskItem')
      .values({ regionCode, taskId: row.id, itemId: publishedItem.get(lead)!, agencyId: lead })
      .execute();
    if (relation === 'partner') {
      const confirmed = options.yjjConfirmed ?? true;
      await db
        .insertInto('jointTaskParticipant')
        .values({ regionCode, taskId: row.id, agencyId: yjj, role: 'partner', status: confirmed ? 'confirmed' : 'invited' })
        .execute();
      if (confirmed)
        await db
          .insertInto('jointTaskItem')
          .values({ regionCode, taskId: row.id, itemId: publishedItem.get(yjj)!, agencyId: yjj })
          .execute();
    }
    return row.id;
  }

  /** A draw in a given state, written directly; `frozen` ones carry a declaration the secrets below match. */
  async function draw(relation: Relation, status: 'open' | 'frozen', options: { committed?: boolean; witness?: boolean } = {}) {
    const regionCode = regionOf(relation);
    const taskId = await task(relation);
    const participants = await db
      .selectFrom('jointTaskParticipant as p')
      .innerJoin('agency as a', 'a.id', 'p.agencyId')
      .select(['a.id', 'a.code', 'a.name'])
      .where('p.taskId', '=', taskId)
      .execute();
    const secrets = new Map(participants.map((p) => [p.id, createEntropySecret()]));
    const entropy = [
      ...participants.map((p) => ({
        id: `agency:${p.code}`,
        kind: 'agency' as const,
        label: p.name,
        agencyId: p.code,
        commitment: commitSecret(secrets.get(p.id)!),
      })),
      // A source nobody reveals in the matrix keeps a reveal from running the draw.
      { id: 'witness', kind: 'witness' as const, label: '见证人现场掷骰', digits: 3 },
    ];
    const row = await db
      .insertInto('draw')
      .values({
        regionCode,
        taskId,
        status,
        revealDeadline: new Date(Date.now() + 86_400_000),
        commitment: status === 'frozen' ? 'f'.repeat(64) : null,
        commitmentInputs: status === 'frozen' ? { entropy } : null,
        frozenAt: status === 'frozen' ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('drawEntropy')
      .values([
        ...participants.map((p) => ({
          regionCode,
          drawId: row.id,
          sourceId: `agency:${p.code}`,
          sourceKind: 'agency' as const,
          agencyId: p.id,
          label: p.name,
          commitmentHash: options.committed || status === 'frozen' ? commitSecret(secrets.get(p.id)!) : null,
        })),
        ...(options.witness !== false
          ? [{ regionCode, drawId: row.id, sourceId: 'witness', sourceKind: 'witness' as const, agencyId: null, label: '见证人现场掷骰', digits: 3 }]
          : []),
      ])
      .execute();
    if (status === 'frozen') await db.updateTable('jointTask').set({ status: 'frozen' }).where('id', '=', taskId).execute();
    return { drawId: row.id, taskId, secretOf: (agencyId: string) => secrets.get(agencyId)! };
  }

  /** A real ceremony to the end, through the API (read-only targets share one per relation). */
  const drawn = new Map<Relation, Promise<{ drawId: string; taskId: string }>>();
  async function ceremony(relation: Relation): Promise<{ drawId: string; taskId: string }> {
    const leadCode = { own: 'yjj', other: 'sthj', partner: 'scj', region: 'xl' }[relation];
    const lead = await as(`${leadCode}.coord`);
    const withYjj = relation === 'partner';
    const { id: taskId } = await lead.tasks.create({
      title: '矩阵抽取',
      planBatchId: null,
      inspectionStartsOn: '2036-05-01',
      inspectionEndsOn: '2036-05-31',
      partnerAgencyIds: withYjj ? [yjj] : [],
    });
    if (withYjj) await (await as('yjj.coord')).tasks.respond({ taskId, accept: true });
    await lead.tasks.setItems({ taskId, itemIds: [publishedItem.get(agency(relation))!] });
    if (withYjj) await (await as('yjj.coord')).tasks.setItems({ taskId, itemIds: [publishedItem.get(yjj)!] });
    await lead.tasks.configure({
      taskId,
      poolFilter: { supervision: 'any', sectorCodes: ['non_coal_mine'] },
      matrix: {
        stratifyBy: ['sectorCode'],
        rules: [],
        default: { ratioBp: 1000, min: 0, max: null, requiredExpertise: [] },
        frequencyCap: { default: null, byRiskClass: {} },
        excludeKeyCheckList: true,
      },
      teamRules: null,
    });
    const { drawId } = await lead.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 86_400_000) });
    const coordinators = withYjj ? [leadCode, 'yjj'] : [leadCode];
    const secrets = new Map<string, string>();
    for (const c of coordinators) {
      secrets.set(c, createEntropySecret());
      await (await as(`${c}.coord`)).draws.commit({ drawId, commitment: commitSecret(secrets.get(c)!) });
    }
    await lead.draws.freeze({ drawId });
    for (const c of coordinators) await (await as(`${c}.coord`)).draws.reveal({ drawId, secret: secrets.get(c)! });
    return { drawId, taskId };
  }
  async function drawnDraw(relation: Relation, fresh = false): Promise<{ drawId: string; taskId: string }> {
    if (relation === 'region') return draw('region', 'frozen');
    if (fresh) return ceremony(relation);
    if (!drawn.has(relation)) drawn.set(relation, ceremony(relation));
    return drawn.get(relation)!;
  }

  /**
   * A check at a stage, written directly, whose team holds yjj.insp1 (so the inspector persona's
   * own team rules apply), with yjj's item in the task and, from `recorded` on, yjj's result.
   */
  async function check(relation: Relation, stage: CheckStage): Promise<string> {
    const regionCode = regionOf(relation);
    const taskId = await task(relation);
    const d = await db
      .insertInto('draw')
      .values({ regionCode, taskId, status: 'drawn', commitment: 'e'.repeat(64), commitmentInputs: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    const object = (await db.selectFrom('object').select('id').where('regionCode', '=', regionCode).orderBy('uscc').limit(1).executeTakeFirst()) ?? {
      id: await world.make.object('region'),
    };
    const status = stage === 'planned' ? 'planned' : stage === 'in_progress' ? 'in_progress' : 'recorded';
    const c = await db
      .insertInto('check')
      .values({ regionCode, taskId, drawId: d.id, objectId: object.id, status, notice: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    // yjj.insp1 serves on the teams of yjj's own and partner checks only, as a draw would have it.
    if (relation === 'own' || relation === 'partner') {
      const insp1 = await db
        .selectFrom('inspector as i')
        .innerJoin('appUser as u', 'u.id', 'i.userId')
        .select(['i.id', 'i.agencyId'])
        .where('u.username', '=', 'yjj.insp1')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('teamMember')
        .values({ regionCode, checkId: c.id, inspectorId: insp1.id, agencyId: insp1.agencyId, role: 'member', ticket: 'a'.repeat(64) })
        .execute();
      if (stage === 'recorded' || stage === 'submitted') {
        await db
          .insertInto('checkResult')
          .values({
            regionCode,
            checkId: c.id,
            agencyId: yjj,
            itemId: publishedItem.get(yjj)!,
            resultCode: 'no_problem',
            verificationMethods: ['on_site'],
            status: stage === 'submitted' ? 'submitted' : 'draft',
            recordedBy: null,
          })
          .execute();
      }
    }
    return c.id;
  }

  /** A drawn object of a draw whose check has not started: what a substitution may replace. */
  async function drawnUscc(drawId: string): Promise<string> {
    const row = await db
      .selectFrom('check as c')
      .innerJoin('object as o', 'o.id', 'c.objectId')
      .select('o.uscc')
      .where('c.drawId', '=', drawId)
      .where('c.status', '=', 'planned')
      .orderBy('o.uscc')
      .limit(1)
      .executeTakeFirst();
    return row?.uscc ?? '9'.repeat(18);
  }

  /** Evidence on a result of a check of the relation: yjj's through the API, others' stored directly. */
  async function evidence(relation: Relation): Promise<string> {
    if (relation === 'own' || relation === 'partner') {
      const checkId = await check(relation, 'recorded');
      return (
        await (
          await as('yjj.coord')
        ).checks.uploadEvidence({ checkId, itemId: publishedItem.get(yjj)!, filename: '照片.png', contentBase64: TEST_FILES.png.toString('base64') })
      ).id;
    }
    const regionCode = regionOf(relation);
    const checkId = await check(relation, 'planned');
    const result = await db
      .insertInto('checkResult')
      .values({
        regionCode,
        checkId,
        agencyId: agency(relation),
        itemId: publishedItem.get(agency(relation))!,
        resultCode: 'no_problem',
        verificationMethods: ['on_site'],
        recordedBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stored = await storeContent(TEST_ATTACHMENT_DIR, TEST_FILES.png);
    const row = await db
      .insertInto('attachment')
      .values({
        regionCode,
        agencyId: agency(relation),
        ownerKind: 'check_result',
        ownerId: result.id,
        filename: '照片.png',
        mimeType: 'image/png',
        sizeBytes: TEST_FILES.png.length,
        sha256: stored.sha256,
        storageKey: stored.storageKey,
        uploadedBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  return { plan, task, draw, drawnDraw, drawnUscc, check, evidence, publishedItem, yjj, nextYear: () => freshYear++ };
}
