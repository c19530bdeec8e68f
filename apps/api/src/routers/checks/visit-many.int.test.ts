import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { nextStepText, type DomainError } from '@liancha/domain';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { drawnJointTask } from '../../testing/joint-task-fixture.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { refusal } from '../../testing/refusal.js';

const issuesOf = async (call: Promise<unknown>) => {
  const error = await refusal(call);
  return { code: error.code, message: error.message, issues: (error.cause as DomainError).issues };
};

describe(`a task's checks worked in bulk on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let taskId: string;
  let checkIds: string[];

  beforeAll(async () => {
    ({ taskId } = await drawnJointTask(demo.handle.db, demo.world));
    const yjj = await demo.world.as('yjj.coord');
    checkIds = (await yjj.checks.ofTask({ taskId })).checks.map((c) => c.check.id);
  }, 120_000);

  it('lists every check of the task with its team, stratum and applicable items, and what the caller may do to each', async () => {
    const lead = await (await demo.world.as('yjj.coord')).checks.ofTask({ taskId });
    expect(lead.checks.length).toBe(6);
    expect(lead.window).toEqual({ startsOn: '2020-04-01', endsOn: '2020-04-30' });
    for (const row of lead.checks) {
      expect(row.team.length).toBeGreaterThanOrEqual(2);
      expect(row.stratum).toBe(row.check.sectorCode);
      expect(row.items.length).toBeGreaterThan(0);
      expect(row.can).toEqual({ notify: true, start: true, finish: false });
    }
    // Every page says whose turn it is: the task awaits its 公示, each check its notice.
    const yjj = await demo.world.as('yjj.coord');
    expect(nextStepText((await yjj.tasks.get({ taskId })).next!)).toBe('等待牵头部门抽查协调员公示抽查任务、抽查名单和抽取证明');
    expect(nextStepText((await yjj.checks.get({ checkId: checkIds[0]! })).next!)).toBe('等待牵头部门抽查协调员发出检查通知');
    const partner = await (await demo.world.as('scj.coord')).checks.ofTask({ taskId });
    expect(partner.checks.every((c) => !c.can.notify && !c.can.start)).toBe(true);
  });

  it('refuses the whole batch when one check may not move, names each enterprise at fault and writes nothing', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const late = await issuesOf(yjj.checks.visitMany({ taskId, checkIds, step: 'notify', scheduledOn: '2020-05-06' }));
    expect(late.code).toBe('BAD_REQUEST');
    expect(late.message).toBe(`${checkIds.length} 户检查不能发出检查通知，本次未办理任何检查：检查日期须在任务的检查时间 2020-04-01 至 2020-04-30 之内`);
    expect(late.issues).toEqual([]);
    const partner = await issuesOf((await demo.world.as('scj.coord')).checks.visitMany({ taskId, checkIds, step: 'notify', scheduledOn: '2020-04-10' }));
    expect(partner.code).toBe('FORBIDDEN');
    expect(partner.message).toMatch(/^6 户检查不能发出检查通知，本次未办理任何检查：/);
    const finishFirst = await issuesOf(yjj.checks.visitMany({ taskId, checkIds, step: 'finish', on: '2020-04-10' }));
    expect(finishFirst.message).toContain('不能结束检查');
    expect((await yjj.checks.ofTask({ taskId })).checks.every((c) => c.check.status === 'planned')).toBe(true);
  });

  it('sends every notice with one date, starts and finishes the visits, each check as its own step would', async () => {
    const yjj = await demo.world.as('yjj.coord');
    expect(await yjj.checks.visitMany({ taskId, checkIds, step: 'notify', scheduledOn: '2020-04-10', materials: ['营业执照'], contact: '林海燕' })).toEqual({
      done: checkIds.length,
    });
    const one = await yjj.checks.get({ checkId: checkIds[0]! });
    expect(one.check.scheduledOn).toBe('2020-04-10');
    const notice = one.check.notice as { items: { code: string }[]; team: unknown[]; materials: string[] };
    expect(notice.items.map((i) => i.code)).toEqual(one.items.map((i) => i.code));
    expect(notice.team).toHaveLength(one.team.length);
    expect(notice.materials).toEqual(['营业执照']);

    // Different reasons are named per enterprise: one started already, one not before its notice's day.
    await yjj.checks.start({ checkId: checkIds[1]!, on: '2020-04-10' });
    const early = await issuesOf(yjj.checks.visitMany({ taskId, checkIds: checkIds.slice(0, 2), step: 'start', on: '2020-04-09' }));
    expect(early.issues.map((i) => i.message)).toEqual([
      `${one.check.objectName}：开始日期不能早于检查通知书载明的检查日期 2020-04-10`,
      expect.stringMatching(/：检查当前状态为“检查中”，不能开始检查$/),
    ]);
    // The single step keeps the same rule.
    expect((await refusal(yjj.checks.start({ checkId: checkIds[0]!, on: '2020-04-09' }))).message).toBe('开始日期不能早于检查通知书载明的检查日期 2020-04-10');

    await yjj.checks.visitMany({ taskId, checkIds: checkIds.filter((id) => id !== checkIds[1]), step: 'start', on: '2020-04-10' });
    await yjj.checks.visitMany({ taskId, checkIds, step: 'finish', on: '2020-04-11' });
    const done = await yjj.checks.ofTask({ taskId });
    expect(done.checks.every((c) => c.check.status === 'recorded' && c.check.startedOn === '2020-04-10' && c.check.endedOn === '2020-04-11')).toBe(true);
    const after = await yjj.checks.get({ checkId: checkIds[0]! });
    // In the order of the task's participants (lead first).
    const asked = after.participants.filter((p) => after.items.some((i) => i.agencyId === p.agencyId)).map((p) => p.agencyName);
    expect(nextStepText(after.next!)).toBe(`等待${asked.join('、')}抽查协调员录入本部门事项的检查结果`);
    // An id of no check (a random one: editing a real id's last digit kept it when that digit was already the new one).
    expect(await issuesOf(yjj.checks.visitMany({ taskId, checkIds: [...checkIds, randomUUID()], step: 'finish', on: '2020-04-12' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
