import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { commitSecret, createEntropySecret } from '@liancha/domain';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { frozenDraw, jointChecks, readyJointTask } from '../../testing/joint-task-fixture.js';
import { oldHomeTodo, type PanelIds } from '../../testing/old-home-todo.js';
import type { TodoPanel } from './todo.schema.js';

type World = Awaited<ReturnType<typeof loadDemoWorld>>;

/** Panels the page shows only when they list something. */
const HIDDEN_WHEN_EMPTY = new Set(['plans', 'notes', 'overdue-hazards', 'overdue-results']);

/** The new panels as the identities the old assembly is compared by (oldHomeTodo). */
function ids(panels: TodoPanel[]): PanelIds {
  const out: PanelIds = {};
  for (const panel of panels) {
    let list: string[];
    switch (panel.key) {
      case 'tasks':
        list = panel.items.map((i) => `${i.action}:${i.taskId}`);
        break;
      case 'plan-approvals':
      case 'plans':
        list = panel.items.map((i) => `plan:${i.planId}`);
        break;
      case 'result-approvals':
        list = panel.items.map((i) => `check:${i.checkId}:${i.submitted}`);
        break;
      case 'hazard-writeoff':
      case 'overdue-hazards':
        list = panel.items.map((i) => `hazard:${i.hazardId}`);
        break;
      case 'sanction-approvals':
        list = panel.items.map((i) => `sanction:${i.sanctionId}`);
        break;
      case 'publish':
        list = panel.items.map((i) => (i.kind === 'task' ? `task:${i.taskId}` : `result:${i.checkId}`));
        break;
      case 'checks':
        list = panel.items.map((i) => `check:${i.checkId}:${i.status}`);
        break;
      case 'notes':
        list = panel.items.map((i) => `note:${i.noteId}`);
        break;
      case 'overdue-results':
        list = panel.items.map((i) => `result:${i.checkId}`);
        break;
    }
    if (list.length > 0 || !HIDDEN_WHEN_EMPTY.has(panel.key)) out[panel.key] = list;
  }
  return out;
}

const PERSONAS = ['yjj.coord', 'yjj.leader', 'yjj.insp1', 'yjj.admin', 'scj.coord', 'scj.leader', 'xf.coord', 'sthj.coord', 'admin', 'ldxz.zhang', 'xl.coord'];
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

describe(`home.todo on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: World;
  /** Rows of 市场监管局 that 应急局's leader can read through the shared task but may not approve. */
  const partnerRows = { hazard: '', sanction: '' };
  /** Approval rows per agency: a leader of one can read the other's through the shared task. */
  const approvalRows: Record<string, string[]> = { yjj: [], scj: [] };

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
    const db = handle.db;
    const as = (u: string) => world.as(u);

    // E: drawn; one check reviewed (应急局 submitted, 市场监管局 approved), one under way.
    const e = await readyJointTask(db, world, { start: '2020-04-01', end: '2020-04-30', ratioBp: 100, title: '任务E（已抽取）' });
    const drawn = await frozenDraw(world, e.taskId, { deadline: new Date(Date.now() + 3_600_000) });
    for (const c of ['yjj', 'scj', 'xf'] as const) await (await as(`${c}.coord`)).draws.reveal({ drawId: drawn.drawId, secret: drawn.secrets[c] });
    const yjj = await as('yjj.coord');
    const [first, second] = await jointChecks(world, e.taskId);
    await yjj.checks.start({ checkId: first!.id, on: '2020-04-10' });
    const loaded = await yjj.checks.get({ checkId: first!.id });
    for (const c of ['yjj', 'scj', 'xf'] as const) {
      const api = await as(`${c}.coord`);
      for (const item of loaded.items.filter((i) => i.agencyId === world.agencyId(c)))
        await api.checks.recordResult({ checkId: first!.id, itemId: item.id, resultCode: 'no_problem', verificationMethods: ['on_site'] });
    }
    await yjj.checks.finish({ checkId: first!.id, on: '2020-04-12' });
    await yjj.checks.submitResults({ checkId: first!.id });
    await (await as('scj.coord')).checks.submitResults({ checkId: first!.id });
    await (await as('scj.leader')).checks.approveResults({ checkId: first!.id });
    await yjj.checks.start({ checkId: second!.id, on: '2020-04-11' });

    // A: ceremony open, 消防 has not committed. B: frozen, only 应急局 revealed.
    const a = await readyJointTask(db, world, { start: '2020-05-01', end: '2020-05-30', ratioBp: 100, title: '任务A（承诺中）' });
    const { drawId: drawA } = await yjj.draws.open({ taskId: a.taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
    for (const c of ['yjj', 'scj'] as const) await (await as(`${c}.coord`)).draws.commit({ drawId: drawA, commitment: commitSecret(createEntropySecret()) });
    const b = await readyJointTask(db, world, { start: '2020-06-01', end: '2020-06-30', ratioBp: 100, title: '任务B（揭示中）' });
    const frozen = await frozenDraw(world, b.taskId, { deadline: new Date(Date.now() + 3_600_000) });
    await yjj.draws.reveal({ drawId: frozen.drawId, secret: frozen.secrets.yjj });
    // C: 市场监管局 invited, not answered. D: ready for the lead to open the draw.
    await yjj.tasks.create({
      title: '任务C（邀请中）',
      planBatchId: null,
      backfillReason: '历史检查补录',
      inspectionStartsOn: '2020-07-01',
      inspectionEndsOn: '2020-07-30',
      partnerAgencyIds: [world.agencyId('scj')],
    });
    await readyJointTask(db, world, { start: '2020-08-01', end: '2020-08-30', ratioBp: 100, title: '任务D（待抽取）' });

    // Plans: a draft and one awaiting the leader.
    const itemId = loaded.items.find((i) => i.agencyId === world.agencyId('yjj'))!.id;
    const plan = (year: number) => ({
      year,
      title: `${year}年度双随机抽查计划`,
      ratioFloorBp: 500,
      itemIds: [itemId],
      batches: [{ seq: 1, name: '第一批', startsOn: `${year}-03-01`, endsOn: `${year}-03-31` }],
    });
    await yjj.plans.create(plan(2031));
    const { id: submitted } = await yjj.plans.create(plan(2032));
    await yjj.plans.submit({ id: submitted });

    // Hazards: accepted major ones of 应急局 and of its partner, an overdue ordinary one of 应急局.
    const hazard = (agency: string, status: 'accepted' | 'open', severity: 'major' | 'ordinary', description: string) =>
      db
        .insertInto('hazard')
        .values({
          regionCode: '350881',
          checkId: first!.id,
          objectId: first!.objectId,
          agencyId: world.agencyId(agency),
          severity,
          description,
          foundOn: '2020-04-10',
          rectificationDeadline: '2020-05-10',
          status,
          ...(status === 'accepted'
            ? {
                listingLevel: 'county' as const,
                supervisingBody: '漳平市安委会',
                listingDeadline: '2020-06-10',
                listedAt: new Date('2020-04-11T02:00:00Z'),
                acceptedOn: '2020-06-01',
              }
            : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    approvalRows['yjj']!.push(`hazard:${(await hazard('yjj', 'accepted', 'major', '应急局：重大隐患已验收')).id}`);
    partnerRows.hazard = (await hazard('scj', 'accepted', 'major', '市场监管局：重大隐患已验收')).id;
    approvalRows['scj']!.push(`hazard:${partnerRows.hazard}`);
    await hazard('yjj', 'open', 'ordinary', '应急局：整改逾期');
    // Sanctions: drafts of 应急局 and of its partner.
    const sanction = async (agency: string, decisionNo: string) =>
      (
        await (
          await as(`${agency}.coord`)
        ).sanctions.create({
          objectId: first!.objectId,
          checkId: first!.id,
          decisionNo,
          basis: '《安全生产法》',
          penalty: '警告',
          fineFen: null,
          decidedOn: today(),
        })
      ).id;
    approvalRows['yjj']!.push(`sanction:${await sanction('yjj', '漳应急罚〔2020〕1号')}`);
    partnerRows.sanction = await sanction('scj', '漳市监罚〔2020〕1号');
    approvalRows['scj']!.push(`sanction:${partnerRows.sanction}`);
    // 督办: an open note to 应急局.
    await (await as('ldxz.zhang')).supervisionNotes.create({ toAgencyId: world.agencyId('yjj'), subject: '加快隐患整改', body: '请于月底前报告整改进展。' });
  }, 600_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('lists what the old page assembled, panel by panel, for every persona (approval panels: only what the caller may approve)', async () => {
    const shown: Record<string, PanelIds> = {};
    for (const persona of PERSONAS) {
      const api = await world.as(persona);
      const old = await oldHomeTodo(api);
      const now = ids((await api.home.todo()).panels);
      // Before: a leader was asked to approve a partner agency's decision and write off its hazard, and was then refused.
      const foreign = new Set(Object.entries(approvalRows).flatMap(([agency, rows]) => (persona.startsWith(`${agency}.`) ? [] : rows)));
      const expected = Object.fromEntries(
        Object.entries(old).map(([key, list]) => [
          key,
          key === 'hazard-writeoff' || key === 'sanction-approvals' ? list.filter((id) => !foreign.has(id)) : list,
        ]),
      );
      expect(now, persona).toEqual(expected);
      expect(Object.keys(now), `${persona}: panels in the old order`).toEqual(Object.keys(old));
      shown[persona] = now;
    }
    // The fixture fills every panel of someone's page, so the comparison above compared something.
    expect(shown['yjj.coord']).toMatchObject({
      tasks: expect.arrayContaining([expect.stringMatching(/^await_commitments:/), expect.stringMatching(/^select:/), expect.stringMatching(/^configure:/)]),
      plans: [expect.stringMatching(/^plan:/)],
      publish: expect.arrayContaining([expect.stringMatching(/^task:/)]),
      notes: [expect.stringMatching(/^note:/)],
      'overdue-hazards': [expect.stringMatching(/^hazard:/)],
      'overdue-results': expect.arrayContaining([expect.stringMatching(/^result:/)]),
    });
    expect(shown['yjj.coord']!['checks']!.some((c) => c.endsWith(':in_progress'))).toBe(true);
    expect(shown['yjj.leader']).toMatchObject({
      'plan-approvals': [expect.any(String)],
      'result-approvals': [expect.stringMatching(/^check:.+:[1-9]\d*$/)],
      'hazard-writeoff': [expect.any(String)],
      'sanction-approvals': [expect.any(String)],
    });
    expect(shown['scj.coord']!['tasks']).toEqual(expect.arrayContaining([expect.stringMatching(/^confirm:/), expect.stringMatching(/^reveal:/)]));
    expect(shown['scj.coord']!['publish']).toEqual([expect.stringMatching(/^result:/)]);
    expect(shown['xf.coord']!['tasks']).toEqual(expect.arrayContaining([expect.stringMatching(/^commit:/), expect.stringMatching(/^reveal:/)]));
    expect(shown['yjj.insp1']).toHaveProperty('checks');
  }, 300_000);

  it('no longer asks a leader to approve what belongs to a partner agency', async () => {
    const leader = await world.as('yjj.leader');
    const before = await oldHomeTodo(leader);
    expect(before['hazard-writeoff']).toContain(`hazard:${partnerRows.hazard}`);
    expect(before['sanction-approvals']).toContain(`sanction:${partnerRows.sanction}`);
    const after = ids((await leader.home.todo()).panels);
    expect(after['hazard-writeoff']).not.toContain(`hazard:${partnerRows.hazard}`);
    expect(after['sanction-approvals']).not.toContain(`sanction:${partnerRows.sanction}`);
    await expect(leader.hazards.writeOff({ id: partnerRows.hazard, note: '核销' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(leader.sanctions.approve({ id: partnerRows.sanction })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps each agency and region to its own: nothing of 漳平 reaches 新罗区, nothing of 应急局 reaches 生态环境局', async () => {
    const zhangping = JSON.stringify((await (await world.as('yjj.coord')).home.todo()).panels);
    const xinluo = (await (await world.as('xl.coord')).home.todo()).panels;
    expect(xinluo.every((p) => p.items.length === 0)).toBe(true);
    const sthj = (await (await world.as('sthj.coord')).home.todo()).panels;
    expect(sthj.every((p) => p.items.length === 0)).toBe(true);
    expect(zhangping.length).toBeGreaterThan(1000);
    // Accounts without an agency have no panels.
    expect((await (await world.as('admin')).home.todo()).panels).toEqual([]);
    expect((await (await world.as('ldxz.zhang')).home.todo()).panels).toEqual([]);
  });
});
