import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

const quarters = [
  { seq: 1, name: '第一季度', startsOn: '2020-01-01', endsOn: '2020-03-31' },
  { seq: 2, name: '第二季度', startsOn: '2020-04-01', endsOn: '2020-06-30' },
  { seq: 3, name: '第三季度', startsOn: '2020-07-01', endsOn: '2020-09-30' },
  { seq: 4, name: '第四季度', startsOn: '2020-10-01', endsOn: '2020-12-31' },
];

describe(`annual plans on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('goes draft → submitted → approved → published, adjusts by a new version, and keeps the history', async () => {
    const coord = await demo.world.as('yjj.coord');
    const leader = await demo.world.as('yjj.leader');
    const items = (await coord.registry.items.list({ pageSize: 50 })).rows.map((i) => i.id);
    const { id } = await coord.plans.create({
      year: 2020,
      title: '漳平市应急管理局2020年度“双随机”抽查工作计划',
      ratioFloorBp: 1000,
      itemIds: items,
      batches: quarters,
    });
    expect((await refusal(coord.plans.create({ year: 2020, title: '重复', ratioFloorBp: 1000, itemIds: [], batches: quarters }))).code).toBe('CONFLICT');
    expect((await refusal(coord.plans.publish({ id }))).message).toContain('计划当前状态为“草稿”');
    expect((await refusal(coord.plans.approve({ id }))).code).toBe('FORBIDDEN');
    await coord.plans.submit({ id });
    // Every state names whose turn it is.
    expect((await leader.plans.get({ id })).next).toEqual({ who: '部门分管领导', action: '审批计划（通过或退回）' });
    await leader.plans.reject({ id, reason: '请补充工贸领域批次说明' });
    await coord.plans.update({ id, title: '漳平市应急管理局2020年度“双随机”抽查工作计划（修订）', ratioFloorBp: 1000, itemIds: items, batches: quarters });
    await coord.plans.submit({ id });
    await leader.plans.approve({ id });
    await coord.plans.publish({ id });
    expect(await coord.plans.get({ id })).toMatchObject({ status: 'published', next: null });
    expect((await refusal(coord.plans.update({ id, title: 'x', ratioFloorBp: 1000, itemIds: items, batches: quarters }))).message).toContain('请发起调整');

    const adjusted = await coord.plans.adjust({ id, reason: '第三季度因防汛工作调整检查时间' });
    expect(adjusted.version).toBe(2);
    const moved = quarters.map((q) => (q.seq === 3 ? { ...q, startsOn: '2020-08-01' } : q));
    await coord.plans.update({
      id: adjusted.id,
      title: '漳平市应急管理局2020年度“双随机”抽查工作计划（调整）',
      ratioFloorBp: 1000,
      itemIds: items,
      batches: moved,
    });
    expect((await coord.plans.get({ id })).status).toBe('published');
    await coord.plans.submit({ id: adjusted.id });
    await leader.plans.approve({ id: adjusted.id });
    await coord.plans.publish({ id: adjusted.id });
    const history = await coord.plans.get({ id: adjusted.id });
    expect(history.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    expect(history.batches.find((b) => b.seq === 3)?.startsOn).toBe('2020-08-01');
  });

  it('refuses overlapping batches and another agency’s items, by field', async () => {
    const coord = await demo.world.as('scj.coord');
    const yjjItem = (await (await demo.world.as('yjj.coord')).registry.items.list({ pageSize: 1 })).rows[0]!.id;
    const error = await refusal(
      coord.plans.create({
        year: 2021,
        title: '测试',
        ratioFloorBp: 500,
        itemIds: [yjjItem],
        batches: [quarters[0]!, { ...quarters[1]!, startsOn: '2020-03-01' }],
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('抽查事项不属于本部门');
    expect(error.message).toContain('年内');
  });

  it('shows another agency published plans only, never drafts; another region nothing', async () => {
    const { id: draft } = await (
      await demo.world.as('yjj.coord')
    ).plans.create({
      year: 2022,
      title: '2022年度计划（草稿）',
      ratioFloorBp: 1000,
      itemIds: [],
      batches: [quarters[0]!].map((q) => ({ ...q, startsOn: '2022-01-01', endsOn: '2022-03-31' })),
    });
    const seen = await (await demo.world.as('scj.coord')).plans.list({});
    expect(seen.some((p) => p.id === draft)).toBe(false);
    expect(seen.filter((p) => p.agencyId !== demo.world.agencyId('scj')).every((p) => p.publishedAt !== null)).toBe(true);
    expect((await refusal((await demo.world.as('scj.coord')).plans.get({ id: draft }))).code).toBe('NOT_FOUND');
    expect(await (await demo.world.as('xl.coord')).plans.list({})).toEqual(expect.not.arrayContaining([expect.objectContaining({ id: draft })]));
    expect((await (await demo.world.as('ldxz.zhang')).plans.list({ year: 2022 })).map((p) => p.id)).toContain(draft);
  });
});
