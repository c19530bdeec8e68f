import { listAgencies, type Executor } from '@liancha/db';
import {
  findInspectorOfUser,
  findItemOfAgency,
  findObjectOfRegion,
  findPlannedUscc,
  makeCheck,
  makeCheckResult,
  makeDraw,
  makeEntropySource,
  makeItem,
  markCheckedIn,
  markItemPublished,
  markTaskChecksApproved,
  setItemSectors,
  workflowRows,
} from '@liancha/db/testing';
import { commitSecret, createEntropySecret } from '@liancha/domain';
import { TEST_FILES } from '../attachments/test-files.js';
import { sectorMatrix } from '../testing/joint-task-fixture.js';
import { attachTestFile } from './attach-test-file.js';
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
  const rows = { '350881': workflowRows(db, '350881'), '350802': workflowRows(db, '350802') };
  // Fixture plans share one year and differ by version; plans.create calls take fresh years.
  let version = 1;
  let freshYear = 2000;

  const users = new Map<string, Api>();
  const as = async (username: string) => users.get(username) ?? (users.set(username, await world.as(username)), users.get(username)!);

  // One published item per agency of 漳平 (tasks may only use published items), applying to every
  // object, so each check of the matrix asks for it whatever the object's sector.
  const publishedItem = new Map<string, string>();
  for (const c of ['yjj', 'scj', 'sthj'] as const) {
    const itemId = await findItemOfAgency(db, world.agencyId(c));
    await markItemPublished(db, itemId);
    await setItemSectors(db, itemId, []);
    publishedItem.set(world.agencyId(c), itemId);
  }
  const xlItem = { regionCode: '350802', agencyId: world.otherRegionAgencyId, code: 'XL-1', name: '新罗事项', publishedAt: new Date() };
  publishedItem.set(world.otherRegionAgencyId, await makeItem(db, xlItem));

  /** A plan of 2050 with the relation's published item, one batch per quarter. */
  function newPlan(relation: Relation, status: PlanStatus) {
    const itemIds = [publishedItem.get(agency(relation))!];
    return rows[regionOf(relation)].plan({ agencyId: agency(relation), year: 2050, version: version++, title: '矩阵年度计划', status, itemIds });
  }
  const plan = async (relation: Relation, status: PlanStatus): Promise<string> => (await newPlan(relation, status)).id;

  /** A task with its participants; `partner` relation: led by scj with yjj as (invited or confirmed) partner. */
  async function task(
    relation: Relation,
    options: {
      status?: 'inviting' | 'ready' | 'frozen' | 'drawn';
      yjjConfirmed?: boolean;
      fromPlan?: boolean;
      window?: { startsOn: string; endsOn: string };
    } = {},
  ): Promise<string> {
    const lead = agency(relation);
    const withYjj = relation === 'partner';
    const confirmed = options.yjjConfirmed ?? true;
    const created = await rows[regionOf(relation)].task({
      lead,
      partners: withYjj && confirmed ? [yjj] : [],
      invited: withYjj && !confirmed ? [yjj] : [],
      status: options.status ?? 'ready',
      planBatchId: options.fromPlan ? (await newPlan(relation, 'published')).batchIds[0] : null,
      poolFilter: { supervision: 'any' },
      matrix: { stratifyBy: ['sectorCode'], default: { ratioBp: 100 } },
      itemIds: [lead, ...(withYjj && confirmed ? [yjj] : [])].map((agencyId) => ({ agencyId, itemId: publishedItem.get(agencyId)! })),
      title: '矩阵联合任务',
      inspectionStartsOn: options.window?.startsOn ?? '2035-03-01',
      inspectionEndsOn: options.window?.endsOn ?? '2035-03-31',
    });
    return created.id;
  }

  /** A draw in a given state, written directly; `frozen` ones carry a declaration the secrets below match. */
  async function draw(relation: Relation, status: 'open' | 'frozen', options: { committed?: boolean; witness?: boolean } = {}) {
    const regionCode = regionOf(relation);
    const taskId = await task(relation, { status: status === 'frozen' ? 'frozen' : 'ready' });
    const taking = [agency(relation), ...(relation === 'partner' ? [yjj] : [])];
    const participants = (await listAgencies(db, { regionCode })).filter((a) => taking.includes(a.id));
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
    const frozen = status === 'frozen';
    const drawId = await makeDraw(db, {
      regionCode,
      taskId,
      status,
      revealDeadline: new Date(Date.now() + 86_400_000),
      commitment: frozen ? 'f'.repeat(64) : null,
      commitmentInputs: frozen ? JSON.stringify({ entropy }) : null,
      declaredEntropy: frozen ? entropy : null,
      frozenAt: frozen ? new Date() : null,
    });
    for (const p of participants) {
      const commitmentHash = options.committed || frozen ? commitSecret(secrets.get(p.id)!) : null;
      await makeEntropySource(db, { regionCode, drawId, sourceId: `agency:${p.code}`, sourceKind: 'agency', agencyId: p.id, label: p.name, commitmentHash });
    }
    if (options.witness !== false) {
      await makeEntropySource(db, { regionCode, drawId, sourceId: 'witness', sourceKind: 'witness', agencyId: null, label: '见证人现场掷骰', digits: 3 });
    }
    return { drawId, taskId, secretOf: (agencyId: string) => secrets.get(agencyId)! };
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
      matrix: sectorMatrix(1000, { default: null, byRiskClass: {} }),
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
  const taskOfCheck = new Map<string, string>();
  /** The enterprise the checks visit, fixed per region at first use (later cells add objects that may sort first). */
  const visited = new Map<string, Promise<string>>();
  const objectOf = (regionCode: string) => {
    if (!visited.has(regionCode))
      visited.set(
        regionCode,
        findObjectOfRegion(db, regionCode).then(async (id) => id ?? (await world.make.object('region'))),
      );
    return visited.get(regionCode)!;
  };
  async function check(
    relation: Relation,
    stage: CheckStage,
    presence: 'explained' | 'none' | 'checked_in' = 'explained',
    window?: { startsOn: string; endsOn: string },
  ): Promise<string> {
    const regionCode = regionOf(relation);
    const taskId = await task(relation, window ? { window } : {});
    const drawId = await makeDraw(db, { regionCode, taskId, commitment: 'e'.repeat(64) });
    const objectId = await objectOf(regionCode);
    const status = stage === 'planned' ? 'planned' : stage === 'in_progress' ? 'in_progress' : 'recorded';
    // yjj.insp1 serves on the teams of yjj's own and partner checks only, as a draw would have it.
    const onTeam = relation === 'own' || relation === 'partner';
    const team = onTeam
      ? [{ ...(await findInspectorOfUser(db, 'yjj.insp1')), role: 'member' as const }].map(({ id, ...m }) => ({ ...m, inspectorId: id }))
      : [];
    // Under the 2025 rules (the matrix's tasks inspect in 2035): the heads approved the checks, and a
    // visit under way either checked in or said why not.
    await markTaskChecksApproved(db, taskId);
    const noCheckInReason = status === 'planned' || presence !== 'explained' ? null : '现场无法扫码';
    const checkId = await makeCheck(db, { regionCode, taskId, drawId, objectId, status, team, noCheckInReason });
    if (presence === 'checked_in') await markCheckedIn(db, checkId);
    taskOfCheck.set(checkId, taskId);
    if (onTeam && (stage === 'recorded' || stage === 'submitted')) {
      await makeCheckResult(db, {
        regionCode,
        checkId,
        agencyId: yjj,
        itemId: publishedItem.get(yjj)!,
        resultCode: 'no_problem',
        verificationMethods: ['on_site'],
        status: stage === 'submitted' ? 'submitted' : 'draft',
      });
    }
    return checkId;
  }

  /** A drawn object of a draw whose check has not started: what a substitution may replace. */
  async function drawnUscc(drawId: string): Promise<string> {
    return (await findPlannedUscc(db, drawId)) ?? '9'.repeat(18);
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
    const owner = { regionCode, agencyId: agency(relation) };
    const resultId = await makeCheckResult(db, {
      ...owner,
      checkId,
      itemId: publishedItem.get(agency(relation))!,
      resultCode: 'no_problem',
      verificationMethods: ['on_site'],
    });
    return attachTestFile(
      db,
      { ...owner, ownerKind: 'check_result', ownerId: resultId },
      { content: TEST_FILES.png, filename: '照片.png', mimeType: 'image/png' },
    );
  }

  return {
    plan,
    task,
    draw,
    drawnDraw,
    drawnUscc,
    check,
    objectOf,
    taskOfCheck: (id: string) => taskOfCheck.get(id)!,
    evidence,
    publishedItem,
    yjj,
    nextYear: () => freshYear++,
  };
}
