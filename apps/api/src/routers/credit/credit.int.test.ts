import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { at, loadOutcomeWorld } from '../../testing/outcome-world.js';
import { refusal } from '../../testing/refusal.js';
import { openDemoDb } from '../../testing/demo-db.js';

const demo = openDemoDb(loadOutcomeWorld);

const riskClassOf = async (id: string) =>
  await demo.handle.db.selectFrom('object').select(['riskClass', 'dishonest']).where('id', '=', id).executeTakeFirstOrThrow();

describe(`credit on ${testDbKind()}`, () => {
  it('changes the risk class the next draw uses, with a mandatory reason kept in the credit record', async () => {
    const { objectId, riskClass } = await demo.world.yjjObject();
    const target = riskClass === 'D' ? 'C' : 'D';
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));

    expect((await refusal(coord.credit.changeRiskClass({ objectId, riskClass: target, reason: '  ' }))).code).toBe('BAD_REQUEST');
    const changed = await coord.credit.changeRiskClass({ objectId, riskClass: target, reason: '发现重大事故隐患，上调风险等级' });
    expect(changed).toMatchObject({ previousClass: riskClass, riskClass: target });
    expect((await riskClassOf(objectId)).riskClass).toBe(target);

    const same = await refusal(coord.credit.changeRiskClass({ objectId, riskClass: target, reason: '重复' }));
    expect(same.code).toBe('CONFLICT');

    const history = await coord.credit.history({ objectId });
    expect(history.object).toMatchObject({ id: objectId, riskClass: target, dishonest: false });
    expect(history.records).toHaveLength(1);
    expect(history.records[0]).toMatchObject({
      kind: 'class_change',
      previousClass: riskClass,
      newClass: target,
      reason: '发现重大事故隐患，上调风险等级',
      agencyName: '应急局',
      recordedByName: '林海燕（双随机联络员）',
    });
    expect(history.records[0]?.recordedAt).toEqual(at('2026-05-04'));
    const audit = await demo.handle.db
      .selectFrom('auditEvent')
      .select('action')
      .where('subjectId', 'in', [objectId, changed.creditRecordId])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['object.changeRiskClass', 'creditRecord.class_change']);
  });

  it('marks and lifts 失信, keeps the region-wide joint punishment list, and shows the history newest first', async () => {
    const { objectId, objectName } = await demo.world.yjjObject();
    const coord = await demo.world.as('yjj.coord', at('2026-05-04'));
    await coord.credit.markDishonest({ objectId, reason: '拒不执行行政处罚决定' });
    expect((await riskClassOf(objectId)).dishonest).toBe(true);
    expect(await refusal(coord.credit.markDishonest({ objectId, reason: '再次' }))).toMatchObject({
      code: 'CONFLICT',
      message: `“${objectName}”已在失信名单中`,
    });

    // Every agency of the region and the leadership group read the list; it names the marking agency.
    for (const username of ['sthj.coord', 'scj.insp1', 'ldxz.zhang', 'admin']) {
      const list = await (await demo.world.as(username)).credit.dishonestList({ pageSize: 200 });
      expect(
        list.rows.find((r) => r.objectId === objectId),
        username,
      ).toMatchObject({ name: objectName, reason: '拒不执行行政处罚决定', markedByAgency: '应急局' });
    }
    expect((await (await demo.world.as('xl.coord')).credit.dishonestList({ pageSize: 200 })).rows.map((r) => r.objectId)).not.toContain(objectId);
    const searched = await coord.credit.dishonestList({ filter: { search: objectName } });
    expect(searched.rows.map((r) => r.objectId)).toEqual([objectId]);

    await (await demo.world.as('yjj.coord', at('2026-08-04'))).credit.liftDishonest({ objectId, reason: '已履行处罚决定，完成信用修复' });
    expect((await riskClassOf(objectId)).dishonest).toBe(false);
    expect((await coord.credit.dishonestList({ pageSize: 200 })).rows.map((r) => r.objectId)).not.toContain(objectId);
    expect((await refusal(coord.credit.liftDishonest({ objectId, reason: '再次' }))).code).toBe('CONFLICT');

    const history = await coord.credit.history({ objectId });
    expect(history.records.map((r) => [r.kind, r.reason])).toEqual([
      ['dishonest_lifted', '已履行处罚决定，完成信用修复'],
      ['dishonest', '拒不执行行政处罚决定'],
    ]);
  });

  it('lets only the supervising agency office change credit; other agencies and regions get NOT_FOUND', async () => {
    const { objectId } = await demo.world.yjjObject();
    for (const username of ['scj.coord', 'sthj.coord', 'xl.coord']) {
      const api = await demo.world.as(username);
      expect((await refusal(api.credit.changeRiskClass({ objectId, riskClass: 'A', reason: 'x' }))).code, username).toBe('NOT_FOUND');
      expect((await refusal(api.credit.markDishonest({ objectId, reason: 'x' }))).code, username).toBe('NOT_FOUND');
      expect((await refusal(api.credit.history({ objectId }))).code, username).toBe('NOT_FOUND');
    }
    expect((await refusal((await demo.world.as('admin')).credit.history({ objectId }))).code).toBe('FORBIDDEN');
    expect((await (await demo.world.as('ldxz.zhang')).credit.history({ objectId })).object.id).toBe(objectId);
    for (const username of ['yjj.insp1', 'yjj.leader', 'ldxz.zhang']) {
      expect((await refusal((await demo.world.as(username)).credit.markDishonest({ objectId, reason: 'x' }))).code, username).toBe('FORBIDDEN');
    }
    // A partner in a joint check reads the checked object's credit history but cannot change it.
    const joint = await demo.world.jointCheck();
    const scj = await demo.world.as('scj.coord');
    expect((await scj.credit.history({ objectId: joint.objectId })).records).toEqual([]);
    expect((await refusal(scj.credit.changeRiskClass({ objectId: joint.objectId, riskClass: 'A', reason: 'x' }))).code).toBe('FORBIDDEN');
  });
});
