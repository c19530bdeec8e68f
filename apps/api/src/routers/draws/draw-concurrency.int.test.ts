import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { sql, testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { frozenDraw, readyJointTask, revealAll } from '../../testing/joint-task-fixture.js';
import { openDemoDb } from '../../testing/demo-db.js';

/**
 * On PostgreSQL these run with real concurrent connections (the test database's pool); on
 * PGlite the single session serialises them, and the same outcome must hold.
 */
describe(`concurrent draws on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('two simultaneous final reveals of one task draw it once', async () => {
    const { taskId } = await readyJointTask(demo.handle.db, demo.world, { start: '2020-07-01', end: '2020-07-31', ratioBp: 100 });
    const draw = await frozenDraw(demo.world, taskId, { deadline: new Date(Date.now() + 3_600_000), witnessDigits: 3 });
    await revealAll(demo.world, draw);
    const { drawId } = draw;
    const [a, b] = [await demo.world.as('yjj.coord'), await demo.world.as('yjj.coord')];
    const outcomes = await Promise.allSettled([
      a.draws.enterPublicValue({ drawId, sourceId: 'witness', value: '271' }),
      b.draws.enterPublicValue({ drawId, sourceId: 'witness', value: '271' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(TRPCError);
    expect((rejected.reason as TRPCError).code).toBe('CONFLICT');
    const checks = await demo.handle.db
      .selectFrom('check')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('taskId', '=', taskId)
      .executeTakeFirstOrThrow();
    const drawn = await demo.handle.db
      .selectFrom('drawResult')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('drawId', '=', drawId)
      .where('outcome', '=', 'drawn')
      .executeTakeFirstOrThrow();
    expect(checks.n).toBe(drawn.n);
  });

  it('two tasks drawing at once never take an enterprise past its yearly cap: the later one substitutes, logged', async () => {
    const common = { start: '2020-10-08', end: '2020-10-31', ratioBp: 5000, sectorCodes: ['non_coal_mine'] };
    const one = await readyJointTask(demo.handle.db, demo.world, { ...common, title: '非煤矿山联合抽查（一）' });
    const two = await readyJointTask(demo.handle.db, demo.world, { ...common, title: '非煤矿山联合抽查（二）' });
    const first = await frozenDraw(demo.world, one.taskId, { deadline: new Date(Date.now() + 3_600_000) });
    const second = await frozenDraw(demo.world, two.taskId, { deadline: new Date(Date.now() + 3_600_000) });
    for (const c of ['yjj', 'scj'] as const) {
      await (await demo.world.as(`${c}.coord`)).draws.reveal({ drawId: first.drawId, secret: first.secrets[c] });
      await (await demo.world.as(`${c}.coord`)).draws.reveal({ drawId: second.drawId, secret: second.secrets[c] });
    }
    const xf = [await demo.world.as('xf.coord'), await demo.world.as('xf.coord')];
    const outcomes = await Promise.allSettled([
      xf[0]!.draws.reveal({ drawId: first.drawId, secret: first.secrets.xf }),
      xf[1]!.draws.reveal({ drawId: second.drawId, secret: second.secrets.xf }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);

    const twice = await sql<{ objectId: string }>`
      select c.object_id from "check" c join joint_task t on t.id = c.task_id
      where c.status <> 'cancelled' and c.replaced_by_substitution is null and extract(year from t.inspection_starts_on) = 2020
      group by c.object_id having count(*) > 1`.execute(demo.handle.db);
    expect(twice.rows).toEqual([]);
    const capSubs = await demo.handle.db
      .selectFrom('drawSubstitution')
      .select(['drawId', 'note'])
      .where('drawId', 'in', [first.drawId, second.drawId])
      .where('note', 'like', '本年度抽查次数已达上限%')
      .execute();
    expect(capSubs.length).toBeGreaterThan(0);
    // Only the draw that ran second had to substitute.
    expect(new Set(capSubs.map((s) => s.drawId)).size).toBe(1);
  });
});
