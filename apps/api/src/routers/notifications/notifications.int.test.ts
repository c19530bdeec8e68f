import { beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { drawnJointTask, jointChecks } from '../../testing/joint-task-fixture.js';
import { codeOf } from '../../testing/refusal.js';

describe(`notifications on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let taskId: string;

  beforeAll(async () => {
    ({ taskId } = await drawnJointTask(demo.handle.db, demo.world));
  }, 120_000);

  const inbox = async (username: string) => (await demo.world.as(username)).notifications.list({});

  it('invites the partners’ coordinators and calls every participant to commit and to reveal, with the deadline and a link', async () => {
    const scj = await inbox('scj.coord');
    expect(scj.rows.map((n) => n.kind)).toEqual(['reveal_due', 'commit_due', 'task_invitation']);
    expect(scj.unread).toBe(3);
    expect(scj.rows[2]).toMatchObject({
      title: expect.stringMatching(/^漳平市应急管理局邀请本部门参加联合抽查“.*”（检查时间 2020-04-01 至 2020-04-30）/),
      link: `/tasks/${taskId}`,
    });
    expect(scj.rows[0]!.title).toMatch(/请在 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前揭示本部门的随机数$/);
    // The lead invited nobody but itself; an inspector is not told of the ceremony.
    expect((await inbox('yjj.coord')).rows.map((n) => n.kind)).toEqual(['reveal_due', 'commit_due']);
    expect((await inbox('yjj.insp1')).rows).toEqual([]);
  });

  it('marks one read when opened (only one’s own) and all at once; the list pages by keyset', async () => {
    const api = await demo.world.as('xf.coord');
    const { rows } = await api.notifications.list({});
    expect(await codeOf((await demo.world.as('scj.coord')).notifications.read({ id: rows[0]!.id }))).toBe('NOT_FOUND');
    expect(await api.notifications.read({ id: rows[0]!.id })).toEqual({ link: rows[0]!.link });
    expect((await api.auth.me()).unread).toBe(2);
    expect((await api.notifications.list({})).unread).toBe(2);
    const first = await api.notifications.list({ limit: 2 });
    const rest = await api.notifications.list({ limit: 2, before: first.next! });
    expect([...first.rows, ...rest.rows].map((n) => n.id)).toEqual(rows.map((n) => n.id));
    expect(rest.next).toBeNull();
    expect(await api.notifications.readAll()).toEqual({ changed: 2 });
    expect((await api.auth.me()).unread).toBe(0);
  });

  it('asks the agency’s leader to approve submitted results and its clerks to publish approved ones by the deadline', async () => {
    const [check] = await jointChecks(demo.world, taskId);
    const yjj = await demo.world.as('yjj.coord');
    await yjj.checks.start({ checkId: check!.id, on: '2020-04-10' });
    const items = (await yjj.checks.get({ checkId: check!.id })).items.filter((i) => i.agencyId === demo.world.agencyId('yjj'));
    await yjj.checks.recordResults({
      checkId: check!.id,
      results: items.map((i) => ({ itemId: i.id, resultCode: 'no_problem', verificationMethods: ['on_site'] })),
    });
    await yjj.checks.finish({ checkId: check!.id, on: '2020-04-10' });
    await yjj.checks.submitResults({ checkId: check!.id });
    expect((await inbox('yjj.leader')).rows[0]).toMatchObject({ kind: 'results_to_approve', link: `/checks/${check!.id}` });
    expect((await inbox('scj.leader')).rows).toEqual([]);
    await (await demo.world.as('yjj.leader')).checks.approveResults({ checkId: check!.id });
    expect((await inbox('yjj.coord')).rows[0]).toMatchObject({
      kind: 'results_to_publish',
      title: expect.stringMatching(/已审核通过，请在 2020-05-\d{2} 前公示$/),
    });
  });

  it('brings a 督办单 to the agency’s coordinators and leaders, and its answer back to the member who wrote it', async () => {
    const { id } = await (
      await demo.world.as('ldxz.zhang')
    ).supervisionNotes.create({ toAgencyId: demo.world.agencyId('scj'), subject: '加快整改', body: '请报告进展。', dueOn: '2020-05-01' });
    for (const user of ['scj.coord', 'scj.leader'])
      expect((await inbox(user)).rows[0]).toMatchObject({
        kind: 'note_received',
        title: '领导小组督办：加快整改（请于 2020-05-01 前办理）',
        link: `/notes/${id}`,
      });
    await (await demo.world.as('scj.coord')).supervisionNotes.respond({ id, response: '已部署整改' });
    expect((await inbox('ldxz.zhang')).rows[0]).toMatchObject({
      kind: 'note_answered',
      title: '漳平市市场监督管理局已答复督办单：加快整改',
      link: `/notes/${id}`,
    });
  });
});
