import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { commitSecret, createEntropySecret, verifyDraw } from '@liancha/domain';
import { callerFor } from '../../testing/caller.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { frozenDraw, readyJointTask, sectorMatrix, THREE_OFFICER_TEAMS } from '../../testing/joint-task-fixture.js';
import { sessionTokenFor } from '../../testing/session.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

describe(`draw ceremony on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('answers a freeze the job refuses (a roster that cannot staff every possible outcome) with its reason and issues, and stays open', async () => {
    // Every enterprise of the month drawn, an officer at most one check: the roster cannot staff it.
    const { taskId, yjj } = await readyJointTask(demo.handle.db, demo.world, { start: '2020-06-01', end: '2020-06-30', ratioBp: 10_000 });
    await yjj.tasks.configure({
      taskId,
      poolFilter: { supervision: 'any' },
      matrix: sectorMatrix(10_000),
      teamRules: { ...THREE_OFFICER_TEAMS, maxChecksPerOfficer: 1 },
    });
    const { drawId } = await yjj.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
    for (const code of ['yjj', 'scj', 'xf'] as const)
      await (await demo.world.as(`${code}.coord`)).draws.commit({ drawId, commitment: commitSecret(createEntropySecret()) });
    const refused = await refusal(yjj.draws.freeze({ drawId }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toMatch(/^按现有检查人员和规则，可能无法为部分被抽中对象组成合法检查组：/);
    const cause = refused.cause as unknown as { reason?: string; issues?: unknown[] };
    expect(cause.reason).toBe('team_infeasible');
    expect(cause.issues?.length).toBeGreaterThan(0);
    const after = await yjj.draws.get({ drawId });
    expect(after.status).toBe('open');
    expect(after.run).toMatchObject({ kind: 'draw_freeze', status: 'failed', error: refused.message });
    expect(after.can.freeze).toBe(true);
  });

  it('previews the matrix, commits, freezes, reveals and draws once; the bundle verifies; every team holds every agency', async () => {
    const { taskId, yjj } = await readyJointTask(demo.handle.db, demo.world, { start: '2020-03-02', end: '2020-03-31', ratioBp: 250 });
    const preview = await yjj.tasks.preview({ taskId, fairnessSeeds: 50 });
    expect(preview.strata.map((s) => [s.stratum, s.sampleSize])).toEqual(preview.strata.map((s) => [s.stratum, Math.ceil((s.eligible * 250) / 10000)]));
    expect(preview.feasibility?.feasible).toBe(true);
    expect(preview.fairness?.seeds).toBe(50);

    const { drawId, commitment, secrets } = await frozenDraw(demo.world, taskId, { deadline: new Date(Date.now() + 3_600_000), witnessDigits: 4 });
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    // Nothing can change after the freeze.
    expect(
      (await refusal(yjj.tasks.configure({ taskId, poolFilter: { supervision: 'any' }, matrix: sectorMatrix(5000), teamRules: THREE_OFFICER_TEAMS }))).code,
    ).toBe('PRECONDITION_FAILED');
    expect((await refusal((await demo.world.as('scj.coord')).draws.commit({ drawId, commitment: 'a'.repeat(64) }))).code).toBe('PRECONDITION_FAILED');

    // A reveal that does not match its commitment is rejected, naming the agency.
    const tampered = await refusal((await demo.world.as('scj.coord')).draws.reveal({ drawId, secret: secrets.yjj }));
    expect(tampered.message).toContain('市场监督管理局');

    expect(await (await demo.world.as('yjj.coord')).draws.reveal({ drawId, secret: secrets.yjj })).toMatchObject({ drawn: false });
    expect((await refusal((await demo.world.as('yjj.coord')).draws.reveal({ drawId, secret: secrets.yjj }))).code).toBe('CONFLICT');
    await (await demo.world.as('scj.coord')).draws.reveal({ drawId, secret: secrets.scj });
    await (await demo.world.as('xf.coord')).draws.reveal({ drawId, secret: secrets.xf });
    expect(await yjj.draws.enterPublicValue({ drawId, sourceId: 'witness', value: '3141' })).toEqual({
      drawn: true,
      drawing: false,
      drawError: null,
      pending: [],
    });

    const bundle = await yjj.draws.bundle({ drawId });
    expect(verifyDraw(bundle)).toMatchObject({ ok: true });
    expect((bundle as { commitment: string }).commitment).toBe(commitment);
    const draw = await yjj.draws.get({ drawId });
    expect(draw.status).toBe('drawn');
    const drawn = draw.results.filter((r) => r.outcome === 'drawn');
    expect(drawn.length).toBe(preview.total.sampleSize);

    const checks = await demo.handle.db.selectFrom('check').select(['id']).where('taskId', '=', taskId).execute();
    expect(checks).toHaveLength(drawn.length);
    for (const check of checks) {
      const team = await demo.handle.db.selectFrom('teamMember').select(['agencyId', 'role']).where('checkId', '=', check.id).execute();
      expect(team).toHaveLength(3);
      expect(new Set(team.map((m) => m.agencyId))).toEqual(new Set([demo.world.agencyId('yjj'), demo.world.agencyId('scj'), demo.world.agencyId('xf')]));
    }
    // No redraw: the ceremony cannot be opened again.
    expect((await refusal(yjj.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 60_000) }))).code).toBe(
      'PRECONDITION_FAILED',
    );

    // Substitutions only: before the task is on 公示 nothing is published; once it is, each one
    // corrects the task's 公示 with the new list and a bundle that still verifies.
    const first = await yjj.draws.substitute({ drawId, uscc: drawn[0]!.uscc, reason: 'closed', note: '' });
    expect(first).toMatchObject({ seq: 1, publicationId: null });
    const published = await yjj.publications.publishTask({ taskId });
    const second = await yjj.draws.substitute({ drawId, uscc: drawn[1]!.uscc, reason: 'other', note: '企业已注销' });
    expect(second.publicationId).not.toBeNull();
    const anonymous = await callerFor(demo.handle.db);
    const correction = await anonymous.publications.get({ regionCode: '350881', id: second.publicationId! });
    const payload = correction.payload as { correction: { correctsId: string; reason: string }; drawnList: { uscc: string }[] };
    const correctedBundle = await anonymous.publications.bundle({ regionCode: '350881', id: second.publicationId! });
    expect(payload.correction.correctsId).toBe(published.id);
    expect(payload.correction.reason).toMatch(/^第2次替补：.+（.{18}）因其他原因（须说明）：企业已注销，由.+（.{18}）替补$/);
    expect(payload.drawnList.map((d) => d.uscc)).toContain(second.substitute);
    expect(payload.drawnList.map((d) => d.uscc)).not.toContain(drawn[1]!.uscc);
    expect(verifyDraw(correctedBundle as Parameters<typeof verifyDraw>[0])).toMatchObject({ ok: true });
    expect((correctedBundle as { substitutions: unknown[] }).substitutions).toHaveLength(2);
    // The page gets the bundle's digest, not the bundle (it can be tens of megabytes).
    expect(correction.proof).toMatchObject({ substitutions: [{ seq: 1 }, { seq: 2 }], bundleBytes: Buffer.byteLength(JSON.stringify(correctedBundle)) });
    expect(JSON.stringify(correction)).not.toContain('commitmentInputs');
    expect((await anonymous.publications.get({ regionCode: '350881', id: published.id })).correctedById).toBe(second.publicationId);
  });

  it('refuses a late reveal', async () => {
    const { taskId } = await readyJointTask(demo.handle.db, demo.world, { start: '2020-06-01', end: '2020-06-30', ratioBp: 100, title: '迟到揭示测试' });
    const deadline = new Date(Date.now() + 60_000);
    const { drawId, secrets } = await frozenDraw(demo.world, taskId, { deadline });
    const late = await callerFor(demo.handle.db, { token: await sessionTokenFor(demo.handle.db, 'scj.coord'), now: new Date(deadline.getTime() + 1000) });
    const error = await refusal(late.draws.reveal({ drawId, secret: secrets.scj }));
    expect(error.message).toContain('已超过揭示截止时间');
  });

  it('partners cannot freeze or substitute; other regions cannot see the draw', async () => {
    const { taskId } = await readyJointTask(demo.handle.db, demo.world, { start: '2020-09-01', end: '2020-09-30', ratioBp: 100, title: '权限测试' });
    const { drawId } = await frozenDraw(demo.world, taskId, { deadline: new Date(Date.now() + 3_600_000) });
    expect((await refusal((await demo.world.as('scj.coord')).draws.freeze({ drawId }))).code).toBe('FORBIDDEN');
    expect((await refusal((await demo.world.as('xl.coord')).draws.get({ drawId }))).code).toBe('NOT_FOUND');
    expect((await refusal((await demo.world.as('sthj.coord')).draws.get({ drawId }))).code).toBe('NOT_FOUND');
  });

  it('runs an internal joint check across two units of one agency: every team holds both units', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const inspectors = (
      await yjj.registry.inspectors.list({
        filter: { agencyId: demo.world.agencyId('yjj'), statuses: ['on_duty'], validOn: '2020-12-31', isExpert: false },
        pageSize: 200,
      })
    ).rows;
    const byUnit = new Map<string, string[]>();
    for (const i of inspectors) if (i.unitId) byUnit.set(i.unitId, [...(byUnit.get(i.unitId) ?? []), i.id]);
    const units = [...byUnit.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 2)
      .map(([unit]) => unit);
    expect(units).toHaveLength(2);
    const { id: taskId } = await yjj.tasks.create({
      title: '应急局内部联合检查',
      kind: 'internal',
      unitIds: units,
      planBatchId: null,
      backfillReason: '历史检查补录',
      inspectionStartsOn: '2020-05-06',
      inspectionEndsOn: '2020-05-29',
      partnerAgencyIds: [],
    });
    const items = (await yjj.registry.items.list({ filter: { agencyId: demo.world.agencyId('yjj') }, pageSize: 5 })).rows;
    for (const item of items) if (!item.publishedAt) await yjj.registry.items.publish({ id: item.id });
    await yjj.tasks.setItems({ taskId, itemIds: [items[0]!.id] });
    await yjj.tasks.setInspectors({ taskId, inspectorIds: units.flatMap((u) => byUnit.get(u)!) });
    await yjj.tasks.configure({
      taskId,
      poolFilter: { supervision: 'any', sectorCodes: ['industry_trade'] },
      matrix: sectorMatrix({ count: 3 }),
      teamRules: { officersPerTeam: 2, expertsPerTeam: 0, minOfficers: {}, maxChecksPerOfficer: 5, homeAreaConflict: false, recentRepeatYears: 0 },
    });
    const { drawId } = await yjj.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
    const secret = (await import('@liancha/domain')).createEntropySecret();
    await yjj.draws.commit({ drawId, commitment: (await import('@liancha/domain')).commitSecret(secret) });
    await yjj.draws.freeze({ drawId });
    expect(await yjj.draws.reveal({ drawId, secret })).toMatchObject({ drawn: true });
    const unitOf = new Map(inspectors.map((i) => [i.id, i.unitId]));
    const checks = (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows;
    expect(checks).toHaveLength(3);
    for (const check of checks) {
      const team = (await yjj.checks.get({ checkId: check.id })).team;
      expect(new Set(team.map((m) => unitOf.get(m.inspectorId)))).toEqual(new Set(units));
    }
  });
});
