import { beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { dateInShanghai, type DomainError } from '@liancha/domain';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { refusal, reasonOf } from '../../testing/refusal.js';

const YEAR = Number(dateInShanghai(new Date()).slice(0, 4)) + 1;
const quarters = [1, 2, 3, 4].map((seq) => ({
  seq,
  name: `第${'一二三四'[seq - 1]}季度`,
  startsOn: `${YEAR}-${String(seq * 3 - 2).padStart(2, '0')}-01`,
  endsOn: `${YEAR}-${String(seq * 3).padStart(2, '0')}-${seq === 1 || seq === 4 ? '31' : '30'}`,
}));
const base = { title: '联合抽查', partnerAgencyIds: [] as string[] };

describe(`a task's dates on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let batchId: string;

  beforeAll(async () => {
    const coord = await demo.world.as('yjj.coord');
    const itemIds = (await coord.registry.items.list({ pageSize: 50 })).rows.map((i) => i.id);
    const { id } = await coord.plans.create({ year: YEAR, title: `${YEAR}年度抽查计划`, ratioFloorBp: 1000, itemIds, batches: quarters });
    await coord.plans.submit({ id });
    await (await demo.world.as('yjj.leader')).plans.approve({ id });
    await coord.plans.publish({ id });
    batchId = (await coord.plans.get({ id })).batches.find((b) => b.seq === 2)!.id;
  }, 60_000);

  it('keeps a task of a batch inside the batch’s quarter, naming each date outside it', async () => {
    const coord = await demo.world.as('yjj.coord');
    const error = await refusal(coord.tasks.create({ ...base, planBatchId: batchId, inspectionStartsOn: `${YEAR}-06-15`, inspectionEndsOn: `${YEAR}-07-15` }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe(`检查时间须在批次“第二季度”的时间 ${YEAR}-04-01 至 ${YEAR}-06-30 之内`);
    expect((error.cause as DomainError).issues.map((i) => i.field)).toEqual(['inspectionEndsOn']);
  });

  it('asks for confirmation before a second task of the same batch, naming the first', async () => {
    const coord = await demo.world.as('yjj.coord');
    const window = { inspectionStartsOn: `${YEAR}-05-01`, inspectionEndsOn: `${YEAR}-05-31` };
    const first = await coord.tasks.create({ ...base, title: '第一个任务', planBatchId: batchId, ...window });
    const code = (await coord.tasks.get({ taskId: first.id })).code;
    const again = await refusal(coord.tasks.create({ ...base, planBatchId: batchId, ...window }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain(`本批次已有任务：${code} 第一个任务`);
    const second = await coord.tasks.create({ ...base, planBatchId: batchId, ...window, confirmSameBatch: true });
    expect(second.id).not.toBe(first.id);
  });

  it('takes a past-dated task only as 补录 with a reason, keeps the reason, and refuses the flag on a task that is not one', async () => {
    const coord = await demo.world.as('yjj.coord');
    const past = { inspectionStartsOn: '2021-03-01', inspectionEndsOn: '2021-03-31', planBatchId: null };
    expect(await reasonOf(coord.tasks.create({ ...base, ...past }))).toBe('backfill_required');
    const { id } = await coord.tasks.create({ ...base, ...past, backfillReason: '系统上线前已完成的检查' });
    expect((await coord.tasks.get({ taskId: id })).backfillReason).toBe('系统上线前已完成的检查');
    const future = { inspectionStartsOn: `${YEAR}-03-01`, inspectionEndsOn: `${YEAR}-03-31`, planBatchId: null };
    expect(await reasonOf(coord.tasks.create({ ...base, ...future, backfillReason: '误填' }))).toBe('not_backfill');
  });
});
