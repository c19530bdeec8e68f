import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATION_REFUSAL, verifyDraw } from '@liancha/domain';
import { testDbKind } from '@liancha/db/testing';
import { callerFor } from '../../testing/caller.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { drawnJointTask } from '../../testing/joint-task-fixture.js';
import { refusal } from '../../testing/refusal.js';

const demo = openDemoDb(loadDemoWorld);
const VERIFIERS = join(dirname(fileURLToPath(import.meta.url)), '../../../../../verifiers/python');
const ACTIVATION = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
const LEADER_OF: Record<string, string> = {};

describe(`the enterprise's own area on ${testDbKind()}`, () => {
  let taskId: string;
  let checks: { id: string; uscc: string }[];

  /** The notice of a check carries a one-time code; the enterprise enters with it. */
  async function enterWithNotice(checkId: string, uscc: string) {
    const yjj = await demo.world.as('yjj.coord');
    const notice = await yjj.checks.notify({ checkId, scheduledOn: '2020-04-08', materials: [], contact: '', note: '' });
    const code = (notice as { activationCode?: string }).activationCode!;
    const { token } = await (await callerFor(demo.handle.db)).enterprise.activate({ regionCode: '350881', uscc, code });
    return callerFor(demo.handle.db, { token });
  }

  beforeAll(async () => {
    const drawn = await drawnJointTask(demo.handle.db, demo.world);
    taskId = drawn.taskId;
    checks = await Promise.all(
      drawn.checks.slice(0, 6).map(async (c) => ({ id: c.id, uscc: (await (await demo.world.as('yjj.coord')).checks.get({ checkId: c.id })).check.uscc })),
    );
    for (const code of ['yjj', 'scj', 'xf']) LEADER_OF[demo.world.agencyId(code)] = `${code}.leader`;
  }, 120_000);

  it('enters with the notice’s one-time code bound to its USCC, sees only its own area, and leaves', async () => {
    const [a, b] = checks;
    const yjj = await demo.world.as('yjj.coord');
    const notice = (await yjj.checks.notify({ checkId: a!.id, scheduledOn: '2020-04-08', materials: [], contact: '', note: '' })) as {
      activationCode?: string;
    };
    expect(notice.activationCode).toMatch(ACTIVATION);
    const code = notice.activationCode!;
    const anyone = await callerFor(demo.handle.db);

    // Another enterprise's USCC, a made-up code: the same refusal, nothing learnt.
    const wrongUscc = await refusal(anyone.enterprise.activate({ regionCode: '350881', uscc: b!.uscc, code }));
    expect(wrongUscc.code).toBe('UNAUTHORIZED');
    expect(wrongUscc.message).toBe(ACTIVATION_REFUSAL);
    expect((await refusal(anyone.enterprise.activate({ regionCode: '350881', uscc: a!.uscc, code: 'ABCD-EFGH-JKMN-PQRS' }))).message).toBe(ACTIVATION_REFUSAL);
    expect((await refusal(anyone.enterprise.activate({ regionCode: '350802', uscc: a!.uscc, code }))).message).toBe(ACTIVATION_REFUSAL);
    const badUscc = await refusal(anyone.enterprise.activate({ regionCode: '350881', uscc: '123', code }));
    expect(badUscc.code).toBe('BAD_REQUEST');

    // Typed loosely (lower case, no dashes) it works — once.
    const { token } = await anyone.enterprise.activate({ regionCode: '350881', uscc: a!.uscc, code: code.toLowerCase().replace(/-/g, '') });
    expect((await refusal(anyone.enterprise.activate({ regionCode: '350881', uscc: a!.uscc, code }))).message).toBe(ACTIVATION_REFUSAL);
    const own = await callerFor(demo.handle.db, { token });
    expect((await own.enterprise.me()).enterprise).toMatchObject({ uscc: a!.uscc, regionCode: '350881' });

    const record = await own.enterprise.record();
    const shown = record.drawnChecks.find((c) => c.checkId === a!.id)!;
    expect(shown).toMatchObject({ status: 'notified', taskId, can: { requestRecusal: true, rate: false, complain: false } });
    expect(shown.team.length).toBeGreaterThanOrEqual(2);
    expect(record.drawnChecks.every((c) => c.checkId !== b!.id)).toBe(true);

    // No staff procedure answers an enterprise's token, and no staff token opens the area.
    expect((await refusal(own.checks.get({ checkId: a!.id }))).code).toBe('UNAUTHORIZED');
    expect((await refusal(own.auth.me())).code).toBe('UNAUTHORIZED');
    expect((await refusal(yjj.enterprise.record())).code).toBe('UNAUTHORIZED');

    // The caller resolved its session once; a new request with the same token finds it ended.
    await own.enterprise.logout();
    expect((await refusal((await callerFor(demo.handle.db, { token })).enterprise.me())).message).toContain('退出');
  });

  it('an agency admin hands out a code for an enterprise it may read; a coordinator may not', async () => {
    const admin = await demo.world.as('yjj.admin');
    const objectId = (await (await demo.world.as('yjj.coord')).checks.get({ checkId: checks[2]!.id })).check.objectId;
    const slip = await admin.enterpriseAccess.issueCode({ objectId });
    expect(slip.code).toMatch(ACTIVATION);
    expect(slip.object.uscc).toBe(checks[2]!.uscc);
    expect((await refusal((await demo.world.as('yjj.coord')).enterpriseAccess.issueCode({ objectId }))).code).toBe('FORBIDDEN');
    const { token } = await (await callerFor(demo.handle.db)).enterprise.activate({ regionCode: '350881', uscc: checks[2]!.uscc, code: slip.code });
    expect(token.startsWith('ent_')).toBe(true);
  });

  it('回避: the enterprise names an officer, the head of the officer’s agency grants it, the team is re-formed by the protocol and still verifies in both verifiers', async () => {
    const a = checks[1]!;
    const own = await enterWithNotice(a.id, a.uscc);
    const before = (await own.enterprise.record()).drawnChecks.find((c) => c.checkId === a.id)!;
    const officer = before.team.find((m) => m.role !== 'expert')!;
    const other = checks[3]!;
    expect((await refusal(own.enterprise.requestRecusal({ checkId: other.id, inspectorId: officer.inspectorId, reason: '亲属' }))).code).toBe('NOT_FOUND');
    const empty = await refusal(own.enterprise.requestRecusal({ checkId: a.id, inspectorId: officer.inspectorId, reason: ' ' }));
    expect(empty.code).toBe('BAD_REQUEST');
    const { id } = await own.enterprise.requestRecusal({ checkId: a.id, inspectorId: officer.inspectorId, reason: '该执法人员的配偶在本企业任财务负责人' });
    expect((await refusal(own.enterprise.requestRecusal({ checkId: a.id, inspectorId: officer.inspectorId, reason: '再次申请' }))).code).toBe('CONFLICT');

    // Only the head of the officer's own agency decides.
    const headName = LEADER_OF[officer.agencyId]!;
    const someoneElse = Object.values(LEADER_OF).find((n) => n !== headName)!;
    expect((await refusal((await demo.world.as(someoneElse)).recusals.decide({ id, grant: true }))).code).toBe('FORBIDDEN');
    const head = await demo.world.as(headName);
    const queue = await head.recusals.list({ status: 'pending' });
    expect(queue.find((q) => q.id === id)).toMatchObject({ uscc: a.uscc, inspectorName: officer.name, can: { decide: true } });
    const decided = await head.recusals.decide({ id, grant: true, note: '情况属实，准予回避' });
    expect(decided.status).toBe('granted');
    expect((await refusal(head.recusals.decide({ id, grant: false }))).code).toBe('CONFLICT');

    // The seat went to another officer of the same agency; the conflict is in the 回避 registry.
    const yjj = await demo.world.as('yjj.coord');
    const team = (await yjj.checks.get({ checkId: a.id })).team;
    expect(team.map((m) => m.inspectorId)).not.toContain(officer.inspectorId);
    expect(team.find((m) => m.inspectorId === decided.replacement!.id)).toMatchObject({ agencyId: officer.agencyId });
    const conflicts = await head.registry.conflicts.list({ inspectorId: officer.inspectorId });
    expect(conflicts.some((c) => c.reasonCode === 'enterprise_requested')).toBe(true);
    expect((await own.enterprise.record()).recusals.find((r) => r.id === id)).toMatchObject({ status: 'granted', decisionNote: '情况属实，准予回避' });

    // The bundle logs the recusal and verifies here and in Python; the enterprise's reason is not in it.
    const drawId = (await yjj.draws.ofTask({ taskId })).drawId;
    const bundle = await yjj.draws.bundle({ drawId });
    expect(verifyDraw(bundle)).toMatchObject({ ok: true, recusals: 1 });
    expect(JSON.stringify(bundle)).not.toContain('财务负责人');
    const file = join(mkdtempSync(join(tmpdir(), 'recusal-')), 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle));
    const run = spawnSync(process.env.PYTHON ?? 'python3', [join(VERIFIERS, 'verify_draw.py'), file], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`python3 is needed for this test (${run.error.message}); set PYTHON to its path`);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('rates a check once after it, to the leadership group only, shown from five ratings on; complaints go there too', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const leadership = await demo.world.as('ldxz.zhang');
    const rated = checks.slice(0, 5);
    for (const [i, c] of rated.entries()) {
      const own = await enterWithNotice(c.id, c.uscc);
      const early = await refusal(own.enterprise.rate({ checkKind: 'drawn', checkId: c.id, conduct: 5, burden: 5, improper: false }));
      expect(early.code).toBe('PRECONDITION_FAILED');
      await yjj.checks.start({ checkId: c.id, on: '2020-04-09' });
      await yjj.checks.finish({ checkId: c.id, on: '2020-04-09' });
      await own.enterprise.rate({ checkKind: 'drawn', checkId: c.id, conduct: 4 + (i % 2), burden: 3, improper: i === 0 });
      if (i === 0) {
        expect((await refusal(own.enterprise.rate({ checkKind: 'drawn', checkId: c.id, conduct: 1, burden: 1, improper: true }))).code).toBe('CONFLICT');
        const bad = await refusal(own.enterprise.rate({ checkKind: 'drawn', checkId: c.id, conduct: 6, burden: 1, improper: true }));
        expect(bad.code).toBe('BAD_REQUEST');
        await own.enterprise.complain({ checkKind: 'drawn', checkId: c.id, body: '检查组要求我们购买指定的灭火器' });
        expect((await own.enterprise.record()).drawnChecks.find((d) => d.checkId === c.id)).toMatchObject({
          rated: true,
          can: { rate: false, complain: true },
        });
      }
      if (i === 3) {
        // Four ratings: the group is too small to show anything.
        const small = await leadership.ratings.aggregates({ year: 2020 });
        expect(small.agencies.find((g) => g.agencyId === demo.world.agencyId('yjj'))).toMatchObject({ ratings: 4, shown: false, conductAverage: null });
      }
    }
    const year = await leadership.ratings.aggregates({ year: 2020 });
    expect(year.agencies.find((g) => g.agencyId === demo.world.agencyId('yjj'))).toMatchObject({
      ratings: 5,
      shown: true,
      conductAverage: 4.4,
      burdenAverage: 3,
      improper: 1,
    });
    // Each joint check's rating went to every agency of it, and counts once for the region.
    expect(year.region).toMatchObject({ ratings: 5, shown: true, conductAverage: 4.4, improper: 1 });
    const complaints = await leadership.ratings.complaints({});
    expect(complaints.rows[0]).toMatchObject({ uscc: rated[0]!.uscc, body: '检查组要求我们购买指定的灭火器' });

    // No agency role reads a rating or a complaint — not the inspecting agency's head, office or inspectors.
    for (const name of ['yjj.leader', 'yjj.coord', 'yjj.admin', 'yjj.insp1', 'scj.leader', 'admin']) {
      const api = await demo.world.as(name);
      expect((await refusal(api.ratings.aggregates({ year: 2020 }))).code, name).toBe('FORBIDDEN');
      expect((await refusal(api.ratings.complaints({}))).code, name).toBe('FORBIDDEN');
    }
  });

  it('sees, for each published draw that named it, its ticket, the stratum’s cut-off and whether it was drawn', async () => {
    const yjj = await demo.world.as('yjj.coord');
    await yjj.publications.publishTask({ taskId });
    const a = checks[4]!;
    const own = await enterWithNotice(a.id, a.uscc).catch(async () => {
      const slip = await (await demo.world.as('yjj.admin')).enterpriseAccess.issueCode({ objectId: (await yjj.checks.get({ checkId: a.id })).check.objectId });
      const { token } = await (await callerFor(demo.handle.db)).enterprise.activate({ regionCode: '350881', uscc: a.uscc, code: slip.code });
      return callerFor(demo.handle.db, { token });
    });
    const { draws } = await own.enterprise.draws();
    const draw = draws.find((d) => d.taskCode !== '' && d.inPool && d.outcome === 'drawn')!;
    expect(draw).toBeDefined();
    expect(draw.ticket! <= draw.cutOff!).toBe(true);
    expect(draw.drawnInStratum).toBeGreaterThan(0);
    const bundle = await yjj.draws.bundle({ drawId: (await yjj.draws.ofTask({ taskId })).drawId });
    const stratum = (bundle as { objects: { stratum: string; drawn: { uscc: string; ticket: string }[] }[] }).objects.find((s) => s.stratum === draw.stratum)!;
    expect(stratum.drawn.find((d) => d.uscc === a.uscc)?.ticket).toBe(draw.ticket);
    expect(draw.cutOff).toBe(
      stratum.drawn
        .map((d) => d.ticket)
        .sort()
        .at(-1),
    );
  });
});
