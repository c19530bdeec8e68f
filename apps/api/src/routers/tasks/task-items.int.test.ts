import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

describe(`a task's items on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('refuses an item that is not on the published list: nothing off the list is inspected', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const { id: taskId } = await yjj.tasks.create({
      title: '事项清单测试',
      planBatchId: null,
      backfillReason: '历史检查补录',
      inspectionStartsOn: '2021-05-06',
      inspectionEndsOn: '2021-05-28',
      partnerAgencyIds: [],
    });
    const [first, second] = (await yjj.registry.items.list({ pageSize: 2, filter: { agencyId: demo.world.agencyId('yjj') } })).rows;
    await yjj.registry.items.publish({ id: first!.id });
    const refused = await refusal(yjj.tasks.setItems({ taskId, itemIds: [first!.id, second!.id] }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toBe(`抽查事项“${second!.name}”尚未公布，不能用于抽查`);
    expect((await yjj.tasks.get({ taskId })).items).toEqual([]);
    expect(await yjj.tasks.setItems({ taskId, itemIds: [first!.id] })).toEqual({ ok: true });
  });
});
