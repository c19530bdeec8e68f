import { addWorkingDays, CN_OFFICIAL_CALENDAR, commitSecret, FREQUENCY_CAP_PER_YEAR, MIN_OFFICERS_PER_TEAM, RATIO_FLOOR_BP } from '@liancha/domain';
import type { ServerCaller } from '../trpc/server-caller.js';

/**
 * The seed's year (漳平市应急管理局's 2020 plan) played through the API's own procedures, step
 * by step: the demo loads it as history so that every portal has something real to show, and
 * the year-walk test runs the same steps and checks every rule on what they leave behind.
 */

export interface SeedActors {
  /** The API as `username` (a demo account) with its clock at `now`. */
  as(username: string, now: Date): Promise<ServerCaller>;
  agencyId(code: string): string;
}

const PARTNERS = ['scj', 'xf'] as const;
const AGENCIES = ['yjj', ...PARTNERS] as const;
export type SeedAgency = (typeof AGENCIES)[number];

export const SEED_QUARTERS = [
  { seq: 1, name: '第一季度', startsOn: '2020-01-01', endsOn: '2020-03-31', inspect: ['2020-03-02', '2020-03-27'] },
  { seq: 2, name: '第二季度', startsOn: '2020-04-01', endsOn: '2020-06-30', inspect: ['2020-06-01', '2020-06-24'] },
  { seq: 3, name: '第三季度', startsOn: '2020-07-01', endsOn: '2020-09-30', inspect: ['2020-09-01', '2020-09-25'] },
  { seq: 4, name: '第四季度', startsOn: '2020-10-01', endsOn: '2020-12-31', inspect: ['2020-11-02', '2020-11-27'] },
] as const;
export type SeedQuarter = (typeof SEED_QUARTERS)[number];

/** A moment of a Beijing day. */
export const beijing = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`);

/** Publish an agency's items (the demo loads them unpublished) and return their ids. */
export async function publishAgencyItems(api: ServerCaller, agencyId: string): Promise<string[]> {
  const items = await api.registry.items.list({ filter: { agencyId }, pageSize: 100 });
  for (const item of items.rows) if (!item.publishedAt) await api.registry.items.publish({ id: item.id });
  return items.rows.map((i) => i.id);
}

/** On-duty inspectors of an agency (experts aside) with certificates valid through `until`. */
export async function usableInspectors(api: ServerCaller, agencyId: string, until: string): Promise<string[]> {
  const page = await api.registry.inspectors.list({ filter: { agencyId, statuses: ['on_duty'], validOn: until }, pageSize: 200 });
  return page.rows.filter((r) => !r.isExpert).map((r) => r.id);
}

/** 应急管理局's 2020 plan, four quarterly batches, ≥10 %, once a year per enterprise: approved and published. */
export async function publishSeedPlan(actors: SeedActors): Promise<string> {
  const day = beijing('2019-12-20');
  const coord = await actors.as('yjj.coord', day);
  const items = await publishAgencyItems(coord, actors.agencyId('yjj'));
  const { id } = await coord.plans.create({
    year: 2020,
    title: '漳平市应急管理局2020年度“双随机”抽查工作计划',
    ratioFloorBp: RATIO_FLOOR_BP,
    frequencyCaps: { A: FREQUENCY_CAP_PER_YEAR, B: FREQUENCY_CAP_PER_YEAR, C: FREQUENCY_CAP_PER_YEAR, D: FREQUENCY_CAP_PER_YEAR },
    itemIds: items,
    batches: SEED_QUARTERS.map(({ seq, name, startsOn, endsOn }) => ({ seq, name, startsOn, endsOn })),
  });
  await coord.plans.submit({ id });
  await (await actors.as('yjj.leader', day)).plans.approve({ id });
  await coord.plans.publish({ id });
  return id;
}

/** Every agency publishes its items and puts its 随机抽查事项清单 on 公示 before the year starts. */
export async function publishSeedItemLists(actors: SeedActors): Promise<void> {
  for (const code of AGENCIES) {
    const coord = await actors.as(`${code}.coord`, beijing('2019-12-16'));
    await publishAgencyItems(coord, actors.agencyId(code));
    await coord.publications.publishItemList({});
  }
}

/**
 * One joint task for the quarter with 市场监督管理局 and 消防救援大队, every agency's items (each check
 * asks for those that apply to its enterprise) and
 * inspectors, the batch's quotas per sector, ready for its ceremony. Returns the task id.
 */
export async function prepareSeedTask(actors: SeedActors, planId: string, quarter: SeedQuarter): Promise<string> {
  const day = beijing(quarter.startsOn);
  const yjj = await actors.as('yjj.coord', day);
  const batch = (await yjj.plans.get({ id: planId })).batches.find((b) => b.seq === quarter.seq)!;
  const { id: taskId } = await yjj.tasks.create({
    title: `2020年${quarter.name}安全生产联合“双随机”抽查`,
    planBatchId: batch.id,
    inspectionStartsOn: quarter.inspect[0],
    inspectionEndsOn: quarter.inspect[1],
    partnerAgencyIds: PARTNERS.map((code) => actors.agencyId(code)),
  });
  for (const code of PARTNERS) await (await actors.as(`${code}.coord`, day)).tasks.respond({ taskId, accept: true });
  for (const code of AGENCIES) {
    const api = await actors.as(`${code}.coord`, day);
    const items = await publishAgencyItems(api, actors.agencyId(code));
    // Every item of the agency's list: each check asks only for those that apply to its object's sector.
    await api.tasks.setItems({ taskId, itemIds: items });
    await api.tasks.setInspectors({ taskId, inspectorIds: await usableInspectors(api, actors.agencyId(code), quarter.inspect[1]) });
  }
  const base = {
    stratifyBy: ['sectorCode' as const],
    frequencyCap: { default: FREQUENCY_CAP_PER_YEAR, byRiskClass: {} },
    excludeKeyCheckList: true,
    default: null,
  };
  // One officer of each of the three agencies (the default MIN_OFFICERS_PER_AGENCY each): more than the seed's minimum of two.
  const teamRules = {
    officersPerTeam: Math.max(MIN_OFFICERS_PER_TEAM, AGENCIES.length),
    expertsPerTeam: 0,
    minOfficers: {},
    maxChecksPerOfficer: 12,
    homeAreaConflict: true,
    recentRepeatYears: 0,
  };
  await yjj.tasks.configure({ taskId, poolFilter: { supervision: 'any' }, matrix: { ...base, rules: [] }, teamRules });
  const { quotas } = await yjj.tasks.batchQuotas({ taskId });
  await yjj.tasks.configure({
    taskId,
    poolFilter: { supervision: 'any' },
    matrix: { ...base, rules: quotas.map((q) => ({ stratum: q.stratum, count: q.quota, min: 0, max: null, requiredExpertise: [] })) },
    teamRules,
  });
  return taskId;
}

/**
 * The ceremony a week before the inspections: open, every agency commits its secret, freeze,
 * every agency reveals, the witnesses' digits run the draw. Returns the draw id.
 */
export async function runSeedCeremony(actors: SeedActors, taskId: string, quarter: SeedQuarter, secretOf: (agency: SeedAgency) => string): Promise<string> {
  const day = beijing(addWorkingDays(quarter.inspect[0], -5, CN_OFFICIAL_CALENDAR));
  const yjj = await actors.as('yjj.coord', day);
  const { drawId } = await yjj.draws.open({ taskId, witnessDigits: 6, external: null, revealDeadline: beijing(quarter.inspect[0], '08:00') });
  for (const code of AGENCIES) await (await actors.as(`${code}.coord`, day)).draws.commit({ drawId, commitment: commitSecret(secretOf(code)) });
  await yjj.draws.freeze({ drawId });
  for (const code of AGENCIES) await (await actors.as(`${code}.coord`, day)).draws.reveal({ drawId, secret: secretOf(code) });
  await yjj.draws.enterPublicValue({ drawId, sourceId: 'witness', value: String(100000 + quarter.seq * 1234) });
  return drawId;
}

/**
 * Every check of the task visited on the first inspection day: notice, visit, each agency's
 * results, submitted and approved by each agency's leader. With `majorHazardOnFirst`, the first
 * enterprise turns out to have a 重大事故隐患 (found by 应急管理局). Returns that check.
 */
export async function recordSeedChecks(
  actors: SeedActors,
  taskId: string,
  quarter: SeedQuarter,
  majorHazardOnFirst: boolean,
): Promise<{ checkId: string; objectId: string } | null> {
  const visit = quarter.inspect[0];
  const day = beijing(visit);
  const yjj = await actors.as('yjj.coord', day);
  let hazard: { checkId: string; objectId: string } | null = null;
  for (const [n, check] of (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows.entries()) {
    await yjj.checks.notify({ checkId: check.id, scheduledOn: visit, materials: ['安全生产许可证', '隐患排查治理台账'] });
    await yjj.checks.start({ checkId: check.id, on: visit });
    const items = (await yjj.checks.get({ checkId: check.id })).items;
    const major = majorHazardOnFirst && n === 0;
    // An agency none of whose items applies to this enterprise (消防 at a mine) has nothing to record.
    const asked = AGENCIES.filter((code) => items.some((i) => i.agencyId === actors.agencyId(code)));
    for (const code of asked) {
      const api = await actors.as(`${code}.coord`, day);
      for (const item of items.filter((i) => i.agencyId === actors.agencyId(code))) {
        const found = major && code === 'yjj';
        await api.checks.recordResult({
          checkId: check.id,
          itemId: item.id,
          resultCode: found ? 'major_hazard' : 'no_problem',
          findings: found ? '液氨储罐区未设置泄漏报警装置' : '',
          verificationMethods: ['on_site', 'documentary'],
        });
      }
    }
    await yjj.checks.finish({ checkId: check.id, on: visit });
    for (const code of asked) await (await actors.as(`${code}.coord`, day)).checks.submitResults({ checkId: check.id });
    for (const code of asked) await (await actors.as(`${code}.leader`, day)).checks.approveResults({ checkId: check.id });
    if (major) hazard = { checkId: check.id, objectId: check.objectId };
  }
  return hazard;
}

/** 重大事故隐患: 挂牌督办 with the 五落实 plan, progress, acceptance within 10 days, 核销 with resumption. */
export async function superviseSeedHazard(actors: SeedActors, found: { checkId: string; objectId: string }): Promise<string> {
  const coordAt = (date: string) => actors.as('yjj.coord', beijing(date, '10:00'));
  const coord = await coordAt('2020-03-03');
  const { id } = await coord.hazards.create({
    ...found,
    severity: 'major',
    description: '液氨储罐区未设置泄漏报警装置',
    foundOn: '2020-03-02',
    rectificationDeadline: '2020-04-30',
  });
  await coord.hazards.putUnderSupervision({ id, listingLevel: 'county', supervisingBody: '漳平市人民政府安全生产委员会', listingDeadline: '2020-04-30' });
  await coord.hazards.filePlan({
    id,
    plan: {
      responsibility: '企业主要负责人',
      measures: '加装泄漏报警并联锁',
      funds: '12万元',
      timeLimit: '2020年4月30日前',
      contingency: '液氨泄漏专项应急预案',
    },
  });
  await (await coordAt('2020-04-01')).hazards.reportProgress({ id, reportedOn: '2020-04-01', note: '报警装置已采购，安装中' });
  await (await coordAt('2020-04-25')).hazards.requestAcceptance({ id, requestedOn: '2020-04-25' });
  await (await coordAt('2020-04-28')).hazards.accept({ id, acceptedOn: '2020-04-28', passed: true, note: '现场验收合格' });
  await (await actors.as('yjj.leader', beijing('2020-04-29', '10:00'))).hazards.writeOff({ id, note: '同意核销，恢复生产经营' });
  return id;
}

/**
 * 行政处罚 of the enterprise whose 重大事故隐患 the first quarter found, in every 双公示 field:
 * drafted by 应急管理局's coordinator, approved by its leader, put on 公示. A 严重失信行为 (a 重大事故隐患),
 * so its shortest publicity is one year; the restriction it carries runs ten years, so the decision is
 * still public (its 公示截止期 follows the 处罚有效期, later than the three-year longest period).
 */
export const SEED_SANCTION = {
  decisionNo: '漳应急罚〔2020〕1号',
  violationType: '安全设备的安装不符合国家标准或者行业标准',
  facts: '2020年3月2日联合“双随机”抽查发现，该单位液氨储罐区未设置泄漏报警装置，构成重大事故隐患。',
  basis: '《中华人民共和国安全生产法》（2014年修正）第九十六条第（二）项',
  penaltyCategories: ['fine', 'restrict_business'],
  penalty: '罚款人民币伍万元；液氨储罐区不得扩大储存规模，至2030年3月19日止',
  fineFen: 5_000_000,
  decidedOn: '2020-03-20',
  validUntil: '2030-03-19',
  severity: 'serious',
  partyKind: 'legal_person',
} as const;

export async function sanctionSeedHazard(actors: SeedActors, found: { checkId: string; objectId: string }): Promise<string> {
  const coord = await actors.as('yjj.coord', beijing(SEED_SANCTION.decidedOn, '10:00'));
  const { id } = await coord.sanctions.create({ ...found, ...SEED_SANCTION, penaltyCategories: [...SEED_SANCTION.penaltyCategories] });
  await (await actors.as('yjj.leader', beijing(SEED_SANCTION.decidedOn, '15:00'))).sanctions.approve({ id });
  await (await actors.as('yjj.coord', beijing('2020-03-23', '10:00'))).sanctions.publish({ id });
  return id;
}

/** The task with its drawn list and proof on the first inspection day; every agency's results ten working days after the visits, well within the seed's RESULT_PUBLICATION_WORKING_DAYS. */
export async function publishSeedTask(actors: SeedActors, taskId: string, quarter: SeedQuarter): Promise<string> {
  const { id } = await (await actors.as('yjj.coord', beijing(quarter.inspect[0], '08:00'))).publications.publishTask({ taskId });
  const onTime = beijing(addWorkingDays(quarter.inspect[0], 10, CN_OFFICIAL_CALENDAR), '10:00');
  for (const code of AGENCIES) {
    const api = await actors.as(`${code}.coord`, onTime);
    for (const check of (await api.checks.list({ filter: { taskId }, pageSize: 200 })).rows) {
      // Only the checks that asked this agency for results (an item of its list applies to the enterprise).
      if ((await api.checks.get({ checkId: check.id })).mine?.items) await api.publications.publishResults({ checkId: check.id });
    }
  }
  return id;
}

/** The whole year, as the demo loads it. */
export async function playSeedYear(
  actors: SeedActors,
  secretOf: (agency: SeedAgency, quarter: SeedQuarter) => string,
): Promise<{ planId: string; taskIds: string[] }> {
  await publishSeedItemLists(actors);
  const planId = await publishSeedPlan(actors);
  const taskIds: string[] = [];
  for (const quarter of SEED_QUARTERS) {
    const taskId = await prepareSeedTask(actors, planId, quarter);
    await runSeedCeremony(actors, taskId, quarter, (agency) => secretOf(agency, quarter));
    const found = await recordSeedChecks(actors, taskId, quarter, quarter.seq === 1);
    if (found) {
      await superviseSeedHazard(actors, found);
      await sanctionSeedHazard(actors, found);
    }
    await publishSeedTask(actors, taskId, quarter);
    taskIds.push(taskId);
  }
  return { planId, taskIds };
}
