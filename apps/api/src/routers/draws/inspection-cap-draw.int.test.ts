import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideCaseCheck, insertCaseCheck, type DbHandle } from '@liancha/db';
import { createTestDb, findUserId, makeInspector, makeObject, testDbKind } from '@liancha/db/testing';
import { verifyDraw, type CommitmentInputs } from '@liancha/domain';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { frozenDraw, readyJointTask, revealAll } from '../../testing/joint-task-fixture.js';

/**
 * An enterprise at a participating agency's 年度检查频次上限, counted across agencies and kinds, is
 * left out of a draw before it (`inspection_cap`, listed in the proof bundle), even when its own
 * random checks of the year are below the task's cap.
 */
describe(`the cross-agency caps at the draw on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let world: Awaited<ReturnType<typeof loadDemoWorld>>;
  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    world = await loadDemoWorld(handle.db);
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('leaves out before the draw an enterprise at a partner’s cap, with the reason in the bundle', async () => {
    const db = handle.db;
    const scope = { regionCode: '350881' };
    const [yjj, scj] = [world.agencyId('yjj'), world.agencyId('scj')];
    // 市场监管局 inspects a fireworks enterprise at most once a year; it did so this year on a complaint.
    await (
      await world.as('scj.coord')
    ).inspectionCaps.publish({ agencyId: scj, year: 2026, lines: [{ sectorCode: 'fireworks', riskClass: null, expectedPerYear: 1, maxPerYear: 1 }] });
    const objectId = await makeObject(db, { regionCode: '350881', supervisors: [yjj, scj], sectorCode: 'fireworks', riskClass: 'B', name: '频次已满烟花企业' });
    const { uscc } = await db.selectFrom('object').select('uscc').where('id', '=', objectId).executeTakeFirstOrThrow();
    const officers = [await makeInspector(db, { regionCode: '350881', agencyId: scj }), await makeInspector(db, { regionCode: '350881', agencyId: scj })];
    const scjCoord = await findUserId(db, 'scj.coord');
    const caseId = await insertCaseCheck(
      db,
      scope,
      {
        agencyId: scj,
        objectId,
        trigger: 'complaint',
        reason: '投诉',
        legalBasis: '《产品质量法》',
        windowFrom: '2026-11-02',
        windowTo: '2026-11-03',
        emergency: false,
      },
      officers,
      scjCoord,
    );
    await decideCaseCheck(db, scope, caseId, {
      status: 'approved',
      inspectionCode: 'CAPS-TEST-0001',
      by: await findUserId(db, 'scj.leader'),
      at: new Date(),
      note: null,
    });

    const { taskId, yjj: coord } = await readyJointTask(db, world, { start: '2026-12-14', end: '2026-12-28', ratioBp: 1000, sectorCodes: ['fireworks'] });
    const preview = await coord.tasks.preview({ taskId });
    expect(preview.exclusions['年度检查频次已达上限（跨部门）']).toBe(1);

    const draw = await frozenDraw(world, taskId, { deadline: new Date(Date.now() + 3_600_000) });
    const stored = await db.selectFrom('draw').select('commitmentInputs').where('id', '=', draw.drawId).executeTakeFirstOrThrow();
    const pool = (JSON.parse(stored.commitmentInputs!) as CommitmentInputs).pool;
    expect(pool.excluded.find((e) => e.uscc === uscc)?.reasons).toEqual(['inspection_cap']);
    expect(pool.strata.flatMap((s) => s.objects)).not.toContain(uscc);

    await revealAll(world, draw);
    const bundle = await coord.draws.bundle({ drawId: draw.drawId });
    expect(verifyDraw(bundle)).toMatchObject({ ok: true });
    const drawn = (await coord.draws.get({ drawId: draw.drawId })).results.filter((r) => r.outcome === 'drawn').map((r) => r.uscc);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn).not.toContain(uscc);
  }, 240_000);
});
