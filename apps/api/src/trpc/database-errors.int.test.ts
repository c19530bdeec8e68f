import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { sql, testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../testing/demo-world.js';
import { readyJointTask } from '../testing/joint-task-fixture.js';
import { errorData, mapDomainError, publicMessage } from './error-formatter.js';
import { openDemoDb } from '../testing/demo-db.js';

/** What the client would get for this database error thrown inside a procedure. */
function answerFor(cause: unknown) {
  const error = mapDomainError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause }));
  return { code: error.code, message: publicMessage(error), reason: errorData(error).reason };
}

async function failureOf(query: Promise<unknown>): Promise<unknown> {
  return query.then(
    () => {
      throw new Error('expected the database to refuse the statement');
    },
    (error: unknown) => error,
  );
}

/** The database's refusals (23505, 23503, 23514, 22xxx) become 4xx with a Chinese message, on both engines. */
describe(`database refusals on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('maps a direct duplicate key (23505) to CONFLICT', async () => {
    const error = await failureOf(sql`insert into region (code, name, level) values ('350881', '重复的漳平市', 'county')`.execute(demo.handle.db));
    expect(answerFor(error)).toEqual({ code: 'CONFLICT', message: expect.stringMatching(/已存在/), reason: 'db.unique_violation' });
  });

  it('maps a foreign key (23503) and a check (23514) violation to BAD_REQUEST', async () => {
    const fk = await failureOf(
      sql`insert into region (code, name, parent_code, level) values ('359999', '无上级', '000000', 'county')`.execute(demo.handle.db),
    );
    expect(answerFor(fk)).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(/所引用的记录不存在/), reason: 'db.foreign_key_violation' });
    const check = await failureOf(sql`insert into region (code, name, level) values ('359998', '星系', 'galaxy')`.execute(demo.handle.db));
    expect(answerFor(check)).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(/不符合规则/), reason: 'db.check_violation' });
  });

  it('maps a value the column cannot take (22xxx) to BAD_REQUEST', async () => {
    const error = await failureOf(sql`select ${'0000-01-01'}::date`.execute(demo.handle.db));
    expect(answerFor(error)).toMatchObject({ code: 'BAD_REQUEST', reason: 'db.invalid_value' });
  });

  it('leaves other database errors as server faults, with no internal text', async () => {
    const error = await failureOf(sql`select * from no_such_table`.execute(demo.handle.db));
    expect(answerFor(error)).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试', reason: null });
  });

  it('two coordinators opening the same draw at once: one opens it, the other gets CONFLICT', async () => {
    const { taskId } = await readyJointTask(demo.handle.db, demo.world, { start: '2020-07-01', end: '2020-07-31', ratioBp: 100 });
    const [a, b] = [await demo.world.as('yjj.coord'), await demo.world.as('yjj.coord')];
    const open = (api: typeof a) => api.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
    let outcomes: PromiseSettledResult<unknown>[];
    if (testDbKind() === 'postgres') {
      // Hold both openings just before their insert — each has already seen "no draw yet" —
      // then let them go together, so the unique key (draw_task_id_key) settles the race.
      const held = await demo.handle.db.transaction().execute(async (trx) => {
        await sql`lock table draw in share row exclusive mode`.execute(trx);
        const pending = Promise.allSettled([open(a), open(b)]);
        await waitFor(
          async () =>
            (await sql<{ n: number }>`select count(*)::int as n from pg_locks where not granted and relation = 'draw'::regclass`.execute(demo.handle.db))
              .rows[0]?.n === 2,
        );
        return { pending }; // committed here, which releases both
      });
      outcomes = await held.pending;
    } else {
      // PGlite serialises the two transactions: the second sees the first's draw.
      outcomes = await Promise.allSettled([open(a), open(b)]);
    }
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = (outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason as TRPCError;
    expect(refused).toBeInstanceOf(TRPCError);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/[\u4e00-\u9fff]/);
    expect((refused.cause as { reason?: string }).reason).toBe(testDbKind() === 'postgres' ? 'db.unique_violation' : 'draw_exists');
    const draws = await demo.handle.db.selectFrom('draw').select('id').where('taskId', '=', taskId).execute();
    expect(draws).toHaveLength(1);
  });
});

/** Poll the database until the condition holds (no clock in the assertion: it just waits). */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}
