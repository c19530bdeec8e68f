import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { testDbKind } from '@liancha/db/testing';
import { TEST_FILES } from '../../attachments/test-files.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { drawnJointTask } from '../../testing/joint-task-fixture.js';
import { openDemoDb } from '../../testing/demo-db.js';

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe(`checks and results on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);
  let checkId: string;

  beforeAll(async () => {
    checkId = (await drawnJointTask(demo.handle.db, demo.world)).checks[0]!.id;
  }, 120_000);

  it('issues one notice for the joint team with every agency’s items', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const notice = await yjj.checks.notify({
      checkId,
      scheduledOn: '2020-04-10',
      materials: ['安全生产许可证', '隐患排查治理台账'],
      contact: '林海燕 0597-0000000',
    });
    expect(new Set(notice.items.map((i) => i.agency))).toEqual(new Set(['漳平市应急管理局', '漳平市市场监督管理局', '漳平市消防救援大队']));
    expect(notice.team).toHaveLength(3);
    expect(await code((await demo.world.as('scj.coord')).checks.notify({ checkId, scheduledOn: '2020-04-10' }))).toBe('FORBIDDEN');
  });

  it('records results per agency, own items only, then each leader approves; the check is approved when all are', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const check = await yjj.checks.get({ checkId });
    const itemsOf = (code: 'yjj' | 'scj' | 'xf') => check.items.filter((i) => i.agencyId === demo.world.agencyId(code));
    expect(await code(yjj.checks.recordResult({ checkId, itemId: itemsOf('yjj')[0]!.id, resultCode: 'no_problem', verificationMethods: ['on_site'] }))).toBe(
      'PRECONDITION_FAILED',
    );
    await yjj.checks.start({ checkId, on: '2020-04-10' });

    // 市场监管局 may not record 应急局's item.
    expect(
      await code(
        (await demo.world.as('scj.coord')).checks.recordResult({
          checkId,
          itemId: itemsOf('yjj')[0]!.id,
          resultCode: 'no_problem',
          verificationMethods: ['on_site'],
        }),
      ),
    ).toBe('FORBIDDEN');

    for (const c of ['yjj', 'scj', 'xf'] as const) {
      const api = await demo.world.as(`${c}.coord`);
      for (const item of itemsOf(c)) {
        await api.checks.recordResult({
          checkId,
          itemId: item.id,
          resultCode: c === 'xf' ? 'ordered_to_rectify' : 'no_problem',
          findings: c === 'xf' ? '消防通道堵塞' : '',
          verificationMethods: ['on_site', 'documentary'],
        });
      }
    }
    expect(await code(yjj.checks.submitResults({ checkId }))).toBe('PRECONDITION_FAILED');

    // Evidence: attached to one's own recorded result, readable by the task's agencies only, and never a disguised file.
    const photo = await yjj.checks.uploadEvidence({
      checkId,
      itemId: itemsOf('yjj')[0]!.id,
      filename: '现场照片.png',
      contentBase64: TEST_FILES.png.toString('base64'),
    });
    expect(photo).toMatchObject({ ownerKind: 'check_result', mimeType: 'image/png' });
    expect(
      await code(yjj.checks.uploadEvidence({ checkId, itemId: itemsOf('yjj')[0]!.id, filename: 'x.png', contentBase64: TEST_FILES.exe.toString('base64') })),
    ).toBe('BAD_REQUEST');
    expect(
      await code(
        (await demo.world.as('scj.coord')).checks.uploadEvidence({
          checkId,
          itemId: itemsOf('yjj')[0]!.id,
          filename: 'x.png',
          contentBase64: TEST_FILES.png.toString('base64'),
        }),
      ),
    ).toBe('PRECONDITION_FAILED');
    const downloaded = await (await demo.world.as('scj.leader')).checks.downloadEvidence({ id: photo.id });
    expect(Buffer.from(downloaded.contentBase64, 'base64').equals(TEST_FILES.png)).toBe(true);
    expect(await code((await demo.world.as('sthj.coord')).checks.downloadEvidence({ id: photo.id }))).toBe('NOT_FOUND');
    expect((await yjj.checks.get({ checkId })).evidence.map((e) => e.id)).toEqual([photo.id]);

    await yjj.checks.finish({ checkId, on: '2020-04-10' });
    for (const c of ['yjj', 'scj', 'xf'] as const) await (await demo.world.as(`${c}.coord`)).checks.submitResults({ checkId });
    // Locked once submitted, evidence too.
    expect(await code(yjj.checks.recordResult({ checkId, itemId: itemsOf('yjj')[0]!.id, resultCode: 'major_hazard', verificationMethods: ['on_site'] }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect(
      await code(yjj.checks.uploadEvidence({ checkId, itemId: itemsOf('yjj')[0]!.id, filename: 'late.pdf', contentBase64: TEST_FILES.pdf.toString('base64') })),
    ).toBe('PRECONDITION_FAILED');

    // A leader sends results back; the agency corrects and resubmits.
    await (await demo.world.as('xf.leader')).checks.returnResults({ checkId, reason: '请补充整改期限' });
    const xf = await demo.world.as('xf.coord');
    for (const item of itemsOf('xf'))
      await xf.checks.recordResult({
        checkId,
        itemId: item.id,
        resultCode: 'ordered_to_rectify',
        findings: '消防通道堵塞，限期7日整改',
        verificationMethods: ['on_site'],
      });
    await xf.checks.submitResults({ checkId });

    expect(await (await demo.world.as('yjj.leader')).checks.approveResults({ checkId })).toMatchObject({ checkApproved: false });
    expect(await (await demo.world.as('scj.leader')).checks.approveResults({ checkId })).toMatchObject({ checkApproved: false });
    expect(await (await demo.world.as('xf.leader')).checks.approveResults({ checkId })).toMatchObject({ checkApproved: true });
    expect((await yjj.checks.get({ checkId })).check.status).toBe('approved');
    // 消防大队's problem result is on the enterprise's credit record; the clean ones are not.
    const credit = await demo.handle.db
      .selectFrom('creditRecord')
      .select(['agencyId', 'kind', 'reason'])
      .where('objectId', '=', check.check.objectId)
      .execute();
    expect(credit).toEqual(
      itemsOf('xf').map(() =>
        expect.objectContaining({ agencyId: demo.world.agencyId('xf'), kind: 'result', reason: expect.stringContaining('发现问题已责令限期整改') }),
      ),
    );
  });

  it('shows an inspector only the checks of his own teams', async () => {
    const team = await demo.handle.db.selectFrom('teamMember').select('inspectorId').where('checkId', '=', checkId).execute();
    const linked = await demo.handle.db.selectFrom('inspector').select(['id', 'userId']).where('userId', 'is not', null).execute();
    for (const inspector of linked) {
      const username = (await demo.handle.db.selectFrom('appUser').select('username').where('id', '=', inspector.userId!).executeTakeFirstOrThrow()).username;
      const mine = (await (await demo.world.as(username)).checks.list({ filter: { mine: true }, pageSize: 200 })).rows;
      const onTeam = team.some((m) => m.inspectorId === inspector.id);
      expect(mine.some((c) => c.id === checkId)).toBe(onTeam);
    }
  });
});
