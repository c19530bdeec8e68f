import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { testDbKind } from '@liancha/db/testing';
import { itemAppliesTo } from '@liancha/domain';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { drawnJointTask } from '../../testing/joint-task-fixture.js';
import { openDemoDb } from '../../testing/demo-db.js';

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const e = error as TRPCError & { cause?: { issues?: { field: string; message: string }[] } };
  return { code: e.code, message: e.message, issues: e.cause?.issues ?? [] };
}

describe(`a check's items and its one results form on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let taskId: string;
  let checkId: string;

  beforeAll(async () => {
    const drawn = await drawnJointTask(demo.handle.db, demo.world);
    taskId = drawn.taskId;
    checkId = drawn.checks[0]!.id;
  }, 120_000);

  it('asks each check only for the task’s items that apply to its enterprise’s sector and sub-sector', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const taskItems = (await yjj.tasks.get({ taskId })).items;
    const checks = (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows;
    const sectors = new Set<string>();
    for (const listed of checks) {
      const { check, items } = await yjj.checks.get({ checkId: listed.id });
      sectors.add(check.sectorCode);
      const expected = taskItems.filter((i) => itemAppliesTo(i.applicableSectors, check.sectorCode, check.subSectorCode)).map((i) => i.id);
      expect(items.map((i) => i.id).sort(), check.objectName).toEqual(expected.sort());
      expect(items.length).toBeLessThan(taskItems.length);
    }
    // The task spans several sectors, so the filter was tried on more than one kind of enterprise.
    expect(sectors.size).toBeGreaterThan(1);
  });

  it('saves all of an agency’s results in one submit, refuses the whole form naming each bad item, and skips items left empty', async () => {
    const yjj = await demo.world.as('yjj.coord');
    await yjj.checks.start({ checkId, on: '2020-04-10' });
    const scj = await demo.world.as('scj.coord');
    const check = await scj.checks.get({ checkId });
    const own = check.items.filter((i) => i.agencyId === demo.world.agencyId('scj'));
    const yjjItem = check.items.find((i) => i.agencyId === demo.world.agencyId('yjj'))!;
    expect(own.length).toBeGreaterThan(0);
    const [first, ...rest] = own;

    // Findings typed without a result, and another agency's item: nothing is saved, each is named.
    const bad = await refusal(
      scj.checks.recordResults({
        checkId,
        results: [
          { itemId: first!.id, resultCode: 'no_problem', verificationMethods: ['on_site'] },
          ...rest.map((i) => ({ itemId: i.id, resultCode: '' as const, findings: '现场有问题' })),
          { itemId: yjjItem.id, resultCode: 'no_problem', verificationMethods: ['on_site'] },
        ],
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.issues.map((i) => i.field).sort()).toEqual([...rest.map((i) => `results.${i.id}.resultCode`), `results.${yjjItem.id}.resultCode`].sort());
    expect((await scj.checks.get({ checkId })).mine).toMatchObject({ recorded: 0 });
    const noMethod = await refusal(scj.checks.recordResults({ checkId, results: [{ itemId: first!.id, resultCode: 'no_problem', verificationMethods: [] }] }));
    expect(noMethod.issues).toEqual([{ field: `results.${first!.id}.verificationMethods`, message: `${first!.code}：请选择至少一种核查方式` }]);
    expect((await refusal(scj.checks.recordResults({ checkId, results: [{ itemId: first!.id }] }))).code).toBe('BAD_REQUEST');

    // One submit with the first item chosen and the rest left empty: the first is saved, the rest stay open.
    const saved = await scj.checks.recordResults({
      checkId,
      results: own.map((i, n) =>
        n === 0 ? { itemId: i.id, resultCode: 'ordered_to_rectify', findings: '台账不全', verificationMethods: ['documentary'] } : { itemId: i.id },
      ),
    });
    expect(saved).toEqual({ saved: 1, open: own.length - 1 });
    const after = await scj.checks.get({ checkId });
    expect(after.results.filter((r) => r.agencyId === demo.world.agencyId('scj'))).toMatchObject([
      { itemId: first!.id, resultCode: 'ordered_to_rectify', findings: '台账不全', verificationMethods: ['documentary'] },
    ]);
    // Then the rest, and a change of the first, in one more submit.
    await scj.checks.recordResults({ checkId, results: own.map((i) => ({ itemId: i.id, resultCode: 'no_problem', verificationMethods: ['on_site'] })) });
    expect((await scj.checks.get({ checkId })).mine).toMatchObject({ items: own.length, recorded: own.length });

    // The results go out to Excel one line per item, as readable as the check; pages add up to the total.
    const lined = await scj.checks.get({ checkId });
    const lines = await scj.checks.resultLines({ filter: { taskId: lined.check.taskId }, pageSize: 200 });
    expect(lines.total).toBe(lines.rows.length);
    expect(lines.rows.filter((l) => l.checkId === checkId)).toHaveLength(own.length);
    expect(lines.rows.find((l) => l.checkId === checkId && l.itemCode === own[0]!.code)).toMatchObject({
      uscc: lined.check.uscc,
      agencyName: '漳平市市场监督管理局',
      resultCode: 'no_problem',
      verificationMethods: ['on_site'],
      resultStatus: 'draft',
    });
    const firstPage = await scj.checks.resultLines({ filter: { taskId: lined.check.taskId }, pageSize: 1 });
    const secondPage = await scj.checks.resultLines({ filter: { taskId: lined.check.taskId }, pageSize: 1, page: 2 });
    expect([...firstPage.rows, ...secondPage.rows]).toEqual(lines.rows.slice(0, 2));
    expect((await (await demo.world.as('admin')).checks.resultLines({ filter: { taskId: lined.check.taskId } })).total).toBe(0);
  });

  it('shows a participating agency’s staff who are not on the team who is, and nobody else', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const insp = await demo.world.as('yjj.insp1');
    // A check of the task whose team does not hold yjj.insp1.
    let notMine: string | undefined;
    for (const listed of (await yjj.checks.list({ filter: { taskId }, pageSize: 200 })).rows) {
      const seen = await insp.checks.get({ checkId: listed.id }).then(
        () => true,
        () => false,
      );
      if (!seen) {
        notMine = listed.id;
        break;
      }
    }
    expect(notMine).toBeDefined();
    const full = await yjj.checks.get({ checkId: notMine! });
    const team = await insp.checks.team({ checkId: notMine! });
    expect(team.objectName).toBe(full.check.objectName);
    expect(team.team.map((m) => m.name).sort()).toEqual(full.team.map((m) => m.name).sort());
    expect(Object.keys(team).sort()).toEqual(['checkId', 'objectName', 'team']);
    // An agency outside the task, and the leadership group, learn nothing.
    expect((await refusal((await demo.world.as('sthj.coord')).checks.team({ checkId: notMine! }))).code).toBe('NOT_FOUND');
    expect((await refusal((await demo.world.as('ldxz.zhang')).checks.team({ checkId: notMine! }))).code).toBe('FORBIDDEN');
  });
});
