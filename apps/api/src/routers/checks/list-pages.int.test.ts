import { beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { drawnJointTask } from '../../testing/joint-task-fixture.js';
import { openDemoDb } from '../../testing/demo-db.js';

/** The tasks and checks lists a page at a time: a province's year holds thousands of tasks and tens of thousands of checks. */
describe(`tasks and checks lists, paged, on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let taskId: string;

  beforeAll(async () => {
    taskId = (await drawnJointTask(demo.handle.db, demo.world)).taskId;
  }, 120_000);

  it('pages a task’s checks by cursor, each once, in the order of the list', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const all = await yjj.checks.list({ pageSize: 200, filter: { taskId } });
    expect(all.total).toBeGreaterThan(3);
    expect(all.rows.every((c) => c.taskId === taskId && c.taskCode.length > 0)).toBe(true);
    const seen: string[] = [];
    let after: { value: string | number | boolean | null; id: string } | undefined;
    for (let page = 1; page <= all.total; page++) {
      const next = await yjj.checks.list({ page, pageSize: 2, filter: { taskId }, ...(after ? { after } : {}) });
      expect(next.total).toBe(all.total);
      seen.push(...next.rows.map((c) => c.id));
      if (!next.nextCursor) break;
      after = next.nextCursor;
    }
    expect(seen).toEqual(all.rows.map((c) => c.id));
  });

  it('narrows the checks by status, and shows another region nothing', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const planned = await yjj.checks.list({ pageSize: 200, filter: { taskId, statuses: ['planned'] } });
    const all = await yjj.checks.list({ pageSize: 200, filter: { taskId } });
    expect(planned.rows.map((c) => c.id)).toEqual(all.rows.filter((c) => c.status === 'planned').map((c) => c.id));
    const elsewhere = await (await demo.world.as('xl.coord')).checks.list({ pageSize: 200, filter: { taskId } });
    expect(elsewhere).toMatchObject({ total: 0, rows: [] });
  });

  it('pages the tasks newest first, and finds one by its code, name and year', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const task = await yjj.tasks.get({ taskId });
    const newest = await yjj.tasks.list({ pageSize: 1, sort: { field: 'createdAt', direction: 'desc' } });
    expect(newest.rows).toHaveLength(1);
    expect(newest.rows[0]!.id).toBe(taskId);
    expect(newest.total).toBeGreaterThanOrEqual(1);
    const byCode = await yjj.tasks.list({ filter: { search: task.code } });
    expect(byCode.rows.map((t) => t.id)).toEqual([taskId]);
    expect((await yjj.tasks.list({ filter: { search: task.title.slice(0, 4) } })).rows.map((t) => t.id)).toContain(taskId);
    const year = Number(task.inspectionStartsOn!.slice(0, 4));
    expect((await yjj.tasks.list({ pageSize: 200, filter: { year } })).rows.map((t) => t.id)).toContain(taskId);
    expect((await yjj.tasks.list({ pageSize: 200, filter: { year: year + 1 } })).rows.map((t) => t.id)).not.toContain(taskId);
    expect((await (await demo.world.as('xl.coord')).tasks.list({ filter: { search: task.code } })).total).toBe(0);
  });
});
