import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyDraw } from '@liancha/domain';
import { testDbKind } from '@liancha/db/testing';
import { usableInspectors } from './demo/seed-year.js';
import { callerFor } from './testing/caller.js';
import { openDemoDb } from './testing/demo-db.js';
import { loadDemoWorld } from './testing/demo-world.js';
import { frozenDraw, readyJointTask, revealAll } from './testing/joint-task-fixture.js';
import { refusal } from './testing/refusal.js';

/**
 * The second year of 漳平: 2026, under the rules in force since 2025 (国办发〔2024〕54号). Every
 * step through the API, as the agencies, the leadership group and the enterprises would take it:
 * caps published; a 专项 plan approved, filed and published, and its check; 个案 checks with their
 * triggers; a warning that turns two agencies' visits into one joint check; a joint draw that
 * leaves out an enterprise at its cap; approval and 检查码; an enterprise that activates, reads
 * its record and ticket, asks that an officer withdraw (granted: the team re-formed, the draw still
 * verifying in Python) and rates the check; the leadership group's rating aggregate and 联合检查率,
 * which no agency can read.
 */
const demo = openDemoDb(loadDemoWorld);
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
const VERIFIERS = join(dirname(fileURLToPath(import.meta.url)), '../../../verifiers/python');
const as = (username: string, date: string) => demo.world.as(username, at(date));

describe(`the 2026 year of 漳平 under the 2025 rules on ${testDbKind()}`, () => {
  const walk: {
    sector: string;
    capped: { id: string; uscc: string };
    flagged: { id: string; uscc: string };
    taskId: string;
    drawId: string;
    checks: { id: string; uscc: string; objectId: string }[];
    tag: string;
    tokens: Record<string, string>;
  } = {} as never;
  const ids = (code: string) => demo.world.agencyId(code);

  beforeAll(async () => {
    const yjj = await as('yjj.coord', '2026-01-05');
    const objects = (
      await yjj.registry.objects.list({
        filter: { supervisedBy: ids('yjj'), statuses: ['operating'], supervisionCategory: 'general' },
        pageSize: 50,
        sort: { field: 'uscc', direction: 'asc' },
      })
    ).rows;
    const first = objects.find((o) => o.status === 'operating')!;
    walk.sector = first.sectorCode;
    const same = objects.filter((o) => o.sectorCode === walk.sector && o.status === 'operating');
    walk.capped = { id: same[0]!.id, uscc: same[0]!.uscc };
    walk.flagged = { id: same[1]!.id, uscc: same[1]!.uscc };
  }, 120_000);

  it('caps: each agency publishes its 年度检查频次上限 for the year, public to all', async () => {
    for (const [code, max] of [
      ['yjj', 1],
      ['scj', 2],
      ['xf', 2],
    ] as const) {
      await (
        await as(`${code}.coord`, '2026-01-05')
      ).inspectionCaps.publish({
        agencyId: ids(code),
        year: 2026,
        note: '2026年度涉企行政检查频次上限',
        lines: [{ sectorCode: walk.sector, riskClass: null, expectedPerYear: 1, maxPerYear: max }],
      });
    }
    const shown = await (await callerFor(demo.handle.db)).public.inspectionCaps({ regionCode: '350881', year: 2026 });
    expect(JSON.stringify(shown)).toContain(walk.sector);
  });

  it('专项: 应急局’s plan is approved and filed by the leadership group, published, and its check done — which brings the enterprise to the cap', async () => {
    const coord = await as('yjj.coord', '2026-02-02');
    const leadership = await as('ldxz.zhang', '2026-02-03');
    const made = await coord.campaigns.create({
      year: 2026,
      name: '2026年工贸企业有限空间作业安全专项检查',
      legalBasis: '《工贸企业有限空间作业安全规定》',
      content: '有限空间辨识、作业审批、通风检测、应急救援',
      scopeSectors: [walk.sector],
      scopeCount: 10,
      windowFrom: '2026-02-10',
      windowTo: '2026-03-31',
    });
    await coord.campaigns.submit({ id: made.id });
    await leadership.campaigns.approve({ id: made.id, note: '同意开展' });
    await leadership.campaigns.file({ id: made.id, filingNo: '漳应急专备〔2026〕1号', filedWith: '漳平市人民政府' });
    await (await as('yjj.coord', '2026-02-05')).campaigns.publish({ id: made.id });

    const officers = (await usableInspectors(coord, ids('yjj'), '2026-12-31')).slice(0, 2);
    const office = await as('yjj.coord', '2026-02-09');
    const check = await office.caseChecks.request({
      objectId: walk.capped.id,
      campaignId: made.id,
      reason: '专项检查对象',
      legalBasis: '《工贸企业有限空间作业安全规定》',
      windowFrom: '2026-02-10',
      windowTo: '2026-02-20',
      officerIds: officers,
    });
    await (await as('yjj.leader', '2026-02-09')).caseChecks.approve({ id: check.id });
    await (await as('yjj.coord', '2026-02-12')).caseChecks.complete({ id: check.id, endedOn: '2026-02-12', findings: '有限空间作业审批齐全' });
    const ledger = await (await as('yjj.coord', '2026-02-13')).inspectionCaps.ledger({ objectId: walk.capped.id, year: 2026 });
    expect(ledger.agencies.find((a) => a.agencyId === ids('yjj'))).toMatchObject({ checks: 1, maxPerYear: 1, remaining: 0 });
  });

  it('个案 and the warning: 市场监管局 inspects on a complaint; 消防’s own request is warned and withdrawn, and both inspect once, jointly', async () => {
    const scj = await as('scj.coord', '2026-03-09');
    const scjOfficers = (await usableInspectors(scj, ids('scj'), '2026-12-31')).slice(0, 2);
    const complaint = await scj.caseChecks.request({
      objectId: walk.flagged.id,
      trigger: 'complaint',
      reason: '群众投诉该企业占用消防通道、超范围经营',
      legalBasis: '《中华人民共和国消费者权益保护法》',
      windowFrom: '2026-03-10',
      windowTo: '2026-03-12',
      officerIds: scjOfficers,
    });
    await (await as('scj.leader', '2026-03-09')).caseChecks.approve({ id: complaint.id });
    await (await as('scj.coord', '2026-03-10')).caseChecks.complete({ id: complaint.id, endedOn: '2026-03-10', findings: '责令清理消防通道' });

    // 消防 wants to see the same enterprise a week later: its form warns and advises a joint check.
    const xf = await as('xf.coord', '2026-03-16');
    const ledger = await xf.inspectionCaps.ledger({ objectId: walk.flagged.id, year: 2026 });
    expect(ledger.advice).toMatch(/建议合并为联合检查/);
    const own = await xf.caseChecks.request({
      objectId: walk.flagged.id,
      trigger: 'monitoring_lead',
      reason: '消防物联网监测到疏散通道堵塞',
      legalBasis: '《中华人民共和国消防法》',
      windowFrom: '2026-03-17',
      windowTo: '2026-03-20',
      officerIds: (await usableInspectors(xf, ids('xf'), '2026-12-31')).slice(0, 2),
    });
    await xf.caseChecks.withdraw({ id: own.id });

    // Instead they go once, together: the coordinator marks the flagged enterprises for a joint task.
    walk.tag = `merge-2026-${Date.now().toString(36)}`;
    const yjj = await as('yjj.coord', '2026-03-16');
    await yjj.registry.tags.create({ dimension: 'object_kind', code: walk.tag, name: '多头检查预警·合并检查' });
    const warned = await (await as('ldxz.zhang', '2026-03-16')).inspectionCaps.warnings({ year: 2026, limit: 200 });
    expect(warned.rows.map((r) => r.objectId)).toContain(walk.flagged.id);
    expect(warned.rows.find((r) => r.objectId === walk.capped.id)?.kinds).toContain('high_frequency');
    // The flagged enterprises, and a few more of the same sector, make the joint task's pool.
    const more = (
      await yjj.registry.objects.list({
        filter: { supervisedBy: ids('yjj'), sectorCode: walk.sector, statuses: ['operating'], supervisionCategory: 'general' },
        pageSize: 20,
        sort: { field: 'uscc', direction: 'desc' },
      })
    ).rows.filter((o) => o.status === 'operating' && o.id !== walk.capped.id && o.id !== walk.flagged.id);
    for (const id of [walk.capped.id, walk.flagged.id, ...more.slice(0, 4).map((o) => o.id)]) {
      const o = await yjj.registry.objects.get({ id });
      await yjj.registry.objects.update({ id, patch: { tags: [...new Set([...o.tags, walk.tag])] } });
    }
  });

  it('a joint draw over them leaves out the enterprise at 应急局’s cap, with the reason in the proof bundle', async () => {
    const { taskId } = await readyJointTask(demo.handle.db, demo.world, {
      start: '2026-03-23',
      end: '2026-03-31',
      ratioBp: 10_000,
      title: '2026年3月联合检查（多头检查合并）',
      tags: [walk.tag],
    });
    await revealAll(demo.world, await frozenDraw(demo.world, taskId, { deadline: new Date(Date.now() + 3_600_000) }));
    const yjj = await demo.world.as('yjj.coord');
    walk.taskId = taskId;
    walk.drawId = (await yjj.draws.ofTask({ taskId })).drawId;
    const bundle = (await yjj.draws.bundle({ drawId: walk.drawId })) as { commitmentInputs: { pool: { excluded: { uscc: string; reasons: string[] }[] } } };
    expect(bundle.commitmentInputs.pool.excluded.find((e) => e.uscc === walk.capped.uscc)?.reasons).toContain('inspection_cap');
    const listed = (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows;
    walk.checks = listed.map((c) => ({ id: c.id, uscc: c.uscc, objectId: c.objectId }));
    expect(walk.checks.map((c) => c.uscc)).toContain(walk.flagged.uscc);
    expect(walk.checks.map((c) => c.uscc)).not.toContain(walk.capped.uscc);
    expect(walk.checks).toHaveLength(5);
  });

  it('the heads approve once per task; every check gets its 检查码, which anyone can scan', async () => {
    for (const code of ['yjj', 'scj', 'xf']) await (await demo.world.as(`${code}.leader`)).tasks.approveChecks({ taskId: walk.taskId });
    const yjj = await demo.world.as('yjj.coord');
    const check = await yjj.checks.get({ checkId: walk.checks.find((c) => c.uscc === walk.flagged.uscc)!.id });
    const scanned = await (await callerFor(demo.handle.db)).public.inspectionCode({ regionCode: '350881', code: check.check.inspectionCode! });
    expect(scanned).toMatchObject({ kind: 'routine', uscc: walk.flagged.uscc });
    expect(scanned.officers.length).toBeGreaterThanOrEqual(3);
  });

  it('the enterprise enters with its notice’s code, reads its record and ticket, and has an officer withdraw: the team is re-formed and the draw still verifies in Python', async () => {
    const flagged = walk.checks.find((c) => c.uscc === walk.flagged.uscc)!;
    const yjj = await as('yjj.coord', '2026-03-18');
    const notices: Record<string, string> = {};
    for (const c of walk.checks) {
      const notice = (await yjj.checks.notify({ checkId: c.id, scheduledOn: '2026-03-24', materials: ['营业执照'], contact: '', note: '' })) as {
        activationCode?: string;
      };
      notices[c.id] = notice.activationCode!;
    }
    await yjj.publications.publishTask({ taskId: walk.taskId });
    walk.tokens = {};
    for (const c of walk.checks) {
      walk.tokens[c.id] = (
        await (await callerFor(demo.handle.db, { now: at('2026-03-19') })).enterprise.activate({ regionCode: '350881', uscc: c.uscc, code: notices[c.id]! })
      ).token;
    }
    const own = await callerFor(demo.handle.db, { token: walk.tokens[flagged.id]!, now: at('2026-03-19') });
    const record = await own.enterprise.record();
    // Its whole year: the complaint check of 市场监管局 and the joint check.
    expect(record.caseChecks.map((k) => k.trigger)).toContain('complaint');
    const mine = record.drawnChecks.find((c) => c.checkId === flagged.id)!;
    expect(mine.inspectionCode).toMatch(/^[0-9A-Z]{4}-/);
    const { draws } = await own.enterprise.draws();
    const draw = draws.find((d) => d.taskTitle.includes('多头检查合并'))!;
    expect(draw).toMatchObject({ inPool: true, outcome: 'drawn' });
    expect(draw.ticket! <= draw.cutOff!).toBe(true);

    const officer = mine.team.find((m) => m.agencyId === ids('xf'))!;
    const { id } = await own.enterprise.requestRecusal({ checkId: flagged.id, inspectorId: officer.inspectorId, reason: '该消防监督员曾在本企业任安全主管' });
    const granted = await (await demo.world.as('xf.leader')).recusals.decide({ id, grant: true, note: '准予回避' });
    const team = (await (await demo.world.as('yjj.coord')).checks.get({ checkId: flagged.id })).team;
    expect(team.map((m) => m.inspectorId)).toContain(granted.replacement!.id);
    expect(team.map((m) => m.inspectorId)).not.toContain(officer.inspectorId);

    const bundle = await yjj.draws.bundle({ drawId: walk.drawId });
    expect(verifyDraw(bundle)).toMatchObject({ ok: true, recusals: 1 });
    // The corrected 公示 carries the same bundle, for anyone to verify.
    const file = join(mkdtempSync(join(tmpdir(), 'walk-2026-')), 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle));
    const run = spawnSync(process.env.PYTHON ?? 'python3', [join(VERIFIERS, 'verify_draw.py'), file], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`python3 is needed for this test (${run.error.message}); set PYTHON to its path`);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('on site: check-in by the licence code, results, check-out; each enterprise rates its check', async () => {
    const day = '2026-03-24';
    for (const c of walk.checks) {
      const coord = await as('yjj.coord', day);
      await coord.checks.checkIn({ checkId: c.id, uscc: c.uscc });
      const items = (await coord.checks.get({ checkId: c.id })).items;
      for (const code of ['yjj', 'scj', 'xf'] as const) {
        const own = items.filter((i) => i.agencyId === ids(code));
        if (own.length === 0) continue;
        await (
          await as(`${code}.coord`, day)
        ).checks.recordResults({ checkId: c.id, results: own.map((i) => ({ itemId: i.id, resultCode: 'no_problem', verificationMethods: ['on_site'] })) });
      }
      await coord.checks.checkOut({ checkId: c.id });
    }
    // A week later the notice's session is long over: the agency's admin hands each a new code.
    const admin = await as('yjj.admin', '2026-03-25');
    for (const [n, c] of walk.checks.entries()) {
      const slip = await admin.enterpriseAccess.issueCode({ objectId: c.objectId });
      const anyone = await callerFor(demo.handle.db, { now: at('2026-03-25') });
      const { token } = await anyone.enterprise.activate({ regionCode: '350881', uscc: c.uscc, code: slip.code });
      const own = await callerFor(demo.handle.db, { token, now: at('2026-03-25') });
      await own.enterprise.rate({ checkKind: 'drawn', checkId: c.id, conduct: n === 0 ? 3 : 5, burden: 4, improper: false });
    }
  });

  it('the leadership group sees the ratings (five and more) and the 联合检查率; no agency reads a rating', async () => {
    const leadership = await as('ldxz.zhang', '2026-03-31');
    const ratings = await leadership.ratings.aggregates({ year: 2026 });
    const xf = ratings.agencies.find((g) => g.agencyId === ids('xf'))!;
    expect(xf).toMatchObject({ ratings: 5, shown: true, conductAverage: 4.6, burdenAverage: 4, improper: 0 });
    const figures = await leadership.inspectionCaps.figures({ year: 2026 });
    expect(figures.jointChecks).toBeGreaterThanOrEqual(5);
    expect(figures.checks).toBeGreaterThan(figures.jointChecks);
    for (const name of ['yjj.leader', 'xf.leader', 'xf.coord', 'scj.coord']) {
      expect((await refusal((await demo.world.as(name)).ratings.aggregates({ year: 2026 }))).code, name).toBe('FORBIDDEN');
    }
  });
});
