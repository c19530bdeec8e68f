import { randomBytes } from 'node:crypto';
import {
  decideCaseCheck,
  EVERY_ROW,
  getCaseCheck,
  insertCaseCheck,
  setCampaignQuota,
  type CampaignStatus,
  type Executor,
  type HazardStatus,
} from '@liancha/db';
import { dateInShanghai, inspectionCodeFrom } from '@liancha/domain';
import {
  findInspectorOfUser,
  findUserId,
  makeCampaign,
  makeCheck,
  makeFollowUp,
  makeHazard,
  makeInspector,
  makeJointTask,
  makeObject,
  makeSanction,
  seedUser,
} from '@liancha/db/testing';
import { TEST_FILES } from '../attachments/test-files.js';
import { attachTestFile } from './attach-test-file.js';
import type { Relation } from './matrix-world.js';

/** A hazard fixture in the state a step needs. */
export type HazardFixture =
  'ordinary_open' | 'ordinary_rectified' | 'major_open' | 'major_listed' | 'major_planned' | 'major_requested' | 'major_accepted' | 'major_overdue';

/**
 * Fixtures for follow-ups, hazards, sanctions and credit. Seen from 应急局 (yjj):
 *  own     — yjj rows on a check of a joint task led by yjj (with scj), yjj.insp1 on the team;
 *  other   — 生态环境局 (sthj) rows on a check of sthj's own task;
 *  partner — 市场监管局 (scj) rows on a check of the same joint task, scj.insp1 on the team;
 *  region  — 新罗区 (350802) rows on a check of a task there.
 * Objects and outcome rows are fresh per call (objects supervised by the relation's agency only);
 * each relation has one check.
 * Takes only ids (not the matrix world's type) so the fixture types stay acyclic.
 */
export async function outcomeFixtures(db: Executor, world: { agencyId: (code: string) => string; otherRegionAgencyId: string }) {
  const code = { own: 'yjj', other: 'sthj', partner: 'scj' } as const;
  const agency = (relation: Relation) => (relation === 'region' ? world.otherRegionAgencyId : world.agencyId(code[relation]));
  const regionOf = (relation: Relation) => (relation === 'region' ? '350802' : '350881');
  const unique = () => randomBytes(4).toString('hex').toUpperCase();

  const task = (regionCode: string, lead: string, partners: string[]) =>
    makeJointTask(db, {
      regionCode,
      leadAgencyId: lead,
      partnerAgencyIds: partners,
      code: `OC-${unique()}`,
      title: '权限矩阵处置任务',
      commitment: 'b'.repeat(64),
    });
  const joint = await task('350881', world.agencyId('yjj'), [world.agencyId('scj')]);
  const tasks: Record<Relation, { taskId: string; drawId: string }> = {
    own: joint,
    partner: joint,
    other: await task('350881', world.agencyId('sthj'), []),
    region: await task('350802', world.otherRegionAgencyId, []),
  };
  const inspectorOf = async (username: string) => (await findInspectorOfUser(db, username)).id;
  const teams: Record<Relation, string | null> = {
    own: await inspectorOf('yjj.insp1'),
    partner: await inspectorOf('scj.insp1'),
    other: await inspectorOf('sthj.insp1'),
    region: null,
  };

  /** A fresh object supervised by the relation's agency; a partner object is checked in the joint task (so yjj reaches it). */
  async function object(relation: Relation, options: { dishonest?: boolean } = {}): Promise<string> {
    const regionCode = regionOf(relation);
    const id = await makeObject(db, { regionCode, supervisors: [agency(relation)], name: `处置矩阵企业${unique()}`, dishonest: options.dishonest ?? false });
    if (relation === 'partner') partnerChecks.set(id, await checkOf(relation, id));
    return id;
  }

  async function checkOf(relation: Relation, objectId: string): Promise<string> {
    const inspectorId = teams[relation];
    return makeCheck(db, {
      regionCode: regionOf(relation),
      ...tasks[relation],
      objectId,
      status: 'in_progress',
      team: inspectorId ? [{ inspectorId, agencyId: agency(relation) }] : [],
    });
  }

  /**
   * A carried-out check of the relation, one per relation: outcome rows are fresh per call, the
   * check they hang on need not be (and fewer checks keep other figures of the matrix fast).
   */
  const checks = new Map<Relation, { checkId: string; objectId: string }>();
  /** Partner objects are checked as they are made (the check is what lets yjj reach them). */
  const partnerChecks = new Map<string, string>();
  async function check(relation: Relation): Promise<{ checkId: string; objectId: string }> {
    const cached = checks.get(relation);
    if (cached) return cached;
    const objectId = await object(relation);
    const made = { objectId, checkId: partnerChecks.get(objectId) ?? (await checkOf(relation, objectId)) };
    checks.set(relation, made);
    return made;
  }

  const listed = { listingLevel: 'county' as const, supervisingBody: '矩阵安委办', listedAt: new Date('2025-01-02T02:00:00Z'), listingDeadline: '2099-12-31' };
  const planned = {
    planResponsibility: '责任',
    planMeasures: '措施',
    planFunds: '资金',
    planTimeLimit: '时限',
    planContingency: '预案',
    planFiledAt: new Date('2025-01-02T03:00:00Z'),
  };
  const STATES: Record<HazardFixture, { severity: 'ordinary' | 'major'; status: HazardStatus } & Record<string, unknown>> = {
    ordinary_open: { severity: 'ordinary', status: 'open' },
    ordinary_rectified: { severity: 'ordinary', status: 'rectified', rectifiedOn: '2025-01-02', reinspectionDue: '2025-01-12' },
    major_open: { severity: 'major', status: 'open' },
    major_listed: { severity: 'major', status: 'listed', ...listed },
    major_planned: { severity: 'major', status: 'listed', ...listed, ...planned },
    major_requested: {
      severity: 'major',
      status: 'acceptance_requested',
      ...listed,
      ...planned,
      acceptanceRequestedOn: '2025-01-03',
      acceptanceDue: '2025-01-13',
    },
    major_accepted: {
      severity: 'major',
      status: 'accepted',
      ...listed,
      ...planned,
      acceptanceRequestedOn: '2025-01-03',
      acceptanceDue: '2025-01-13',
      acceptedOn: '2025-01-04',
    },
    major_overdue: { severity: 'major', status: 'listed', ...listed, listingDeadline: '2025-01-10' },
  };

  async function hazard(relation: Relation, state: HazardFixture = 'ordinary_open'): Promise<string> {
    const { checkId, objectId } = await check(relation);
    return makeHazard(db, {
      regionCode: regionOf(relation),
      checkId,
      objectId,
      agencyId: agency(relation),
      state: { description: '矩阵隐患', ...STATES[state] },
    });
  }

  async function followUp(relation: Relation): Promise<string> {
    const { checkId } = await check(relation);
    return makeFollowUp(db, { regionCode: regionOf(relation), checkId, agencyId: agency(relation) });
  }

  async function sanction(relation: Relation, status: 'draft' | 'approved' = 'draft'): Promise<string> {
    const { checkId, objectId } = await check(relation);
    return makeSanction(db, { regionCode: regionOf(relation), checkId, objectId, agencyId: agency(relation), status });
  }

  /** A PDF attached to a fresh hazard of the relation, stored where test callers read attachments. */
  async function attachment(relation: Relation): Promise<string> {
    const owner = { regionCode: regionOf(relation), agencyId: agency(relation), ownerKind: 'hazard' as const, ownerId: await hazard(relation) };
    return attachTestFile(db, owner, { content: TEST_FILES.pdf, filename: '矩阵附件.pdf', mimeType: 'application/pdf' });
  }

  /** Two certified officers of the relation's agency (yjj's first is yjj.insp1, so the inspector persona is on its own checks). */
  const officers: Partial<Record<Relation, string[]>> = {};
  async function caseOfficers(relation: Relation): Promise<string[]> {
    const team = teams[relation];
    officers[relation] ??= [
      team ?? (await makeInspector(db, { regionCode: regionOf(relation), agencyId: agency(relation), name: '个案执法人员甲' })),
      await makeInspector(db, { regionCode: regionOf(relation), agencyId: agency(relation), name: '个案执法人员乙' }),
    ];
    return officers[relation];
  }
  /** A window around today (Beijing), so a check may be approved, then completed today. */
  const day = (offset: number) => dateInShanghai(new Date(Date.now() + offset * 86_400_000));

  /** A 个案检查 of the relation's agency on a fresh object, requested by its coordinator (yjj.coord for own); approved by a fresh leader when asked. */
  async function caseCheck(relation: Relation, status: 'submitted' | 'approved' = 'submitted'): Promise<string> {
    const regionCode = regionOf(relation);
    const objectId = await makeObject(db, { regionCode, supervisors: [agency(relation)], name: `个案矩阵企业${unique()}` });
    const requester =
      relation === 'own'
        ? await findUserId(db, 'yjj.coord')
        : (await seedUser(db, { regionCode, agencyId: agency(relation), roles: ['coordinator'], passwordHash: 'x' })).id;
    const fields = {
      agencyId: agency(relation),
      objectId,
      trigger: 'complaint' as const,
      reason: '投诉举报',
      legalBasis: '《安全生产法》',
      windowFrom: day(-3),
      windowTo: day(3),
      emergency: false,
    };
    const id = await insertCaseCheck(db, { regionCode }, fields, await caseOfficers(relation), requester);
    if (status === 'approved') {
      const leader = (await seedUser(db, { regionCode, agencyId: agency(relation), roles: ['agency_leader'], passwordHash: 'x' })).id;
      await decideCaseCheck(db, { regionCode }, id, { status, inspectionCode: inspectionCodeFrom(randomBytes(12)), by: leader, at: new Date(), note: null });
    }
    return id;
  }

  /** The 检查码 of a fresh approved 个案检查 of 应急局. */
  async function inspectionCode(): Promise<string> {
    const row = await getCaseCheck(db, { regionCode: '350881' }, EVERY_ROW, await caseCheck('own', 'approved'));
    return row!.inspectionCode!;
  }

  /**
   * A 专项检查 of the relation's agency for this whole year, brought to `status` (yjj.coord writes
   * 应急局's). 应急局's quota for the year is set high once, so the fixtures never fill it.
   */
  let quotaSet = false;
  async function campaign(relation: Relation, status: CampaignStatus = 'draft'): Promise<string> {
    const regionCode = regionOf(relation);
    const year = Number(day(0).slice(0, 4));
    const by =
      relation === 'own'
        ? await findUserId(db, 'yjj.coord')
        : (await seedUser(db, { regionCode, agencyId: agency(relation), roles: ['coordinator'], passwordHash: 'x' })).id;
    if (relation === 'own' && !quotaSet) {
      await setCampaignQuota(db, { regionCode }, agency(relation), year, 100, await findUserId(db, 'ldxz.zhang'), new Date());
      quotaSet = true;
    }
    return makeCampaign(db, {
      regionCode,
      agencyId: agency(relation),
      by,
      status,
      year,
      windowFrom: `${year}-01-01`,
      windowTo: `${year}-12-31`,
      name: `矩阵专项${unique()}`,
    });
  }

  return { object, check, hazard, followUp, sanction, attachment, caseCheck, caseOfficers, inspectionCode, campaign, agencyOf: agency, regionOf, day, unique };
}
