import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { commitSecret, createEntropySecret, verifyDraw } from '@liancha/domain';
import { callerFor } from '../../testing/caller.js';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { openDemoDb } from '../../testing/demo-db.js';
import { readyJointTask } from '../../testing/joint-task-fixture.js';
import { refusal } from '../../testing/refusal.js';
import { sessionTokenFor } from '../../testing/session.js';
import { drawProducer } from '../../draws/producer.js';

const VERIFIERS = join(dirname(fileURLToPath(import.meta.url)), '../../../../../verifiers/python');

describe(`a draw with an announced lottery value on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('declares the lottery draw in the commitment, refuses its entry before the stated time, completes only after it, and verifies in both verifiers', async () => {
    const { taskId, yjj } = await readyJointTask(demo.handle.db, demo.world, {
      start: '2020-05-04',
      end: '2020-05-29',
      ratioBp: 200,
      title: '福彩3D随机源抽取测试',
    });
    // The caller's clock decides: the lottery is drawn two hours after "now", the ceremony runs until tomorrow.
    const now = new Date();
    const availableAfter = new Date(now.getTime() + 2 * 3_600_000);
    const lead = async (time: Date) => callerFor(demo.handle.db, { token: await sessionTokenFor(demo.handle.db, 'yjj.coord', time), now: time });

    // A lottery draw whose time has passed cannot be declared (it might already be known).
    const past = await refusal(
      yjj.draws.open({
        taskId,
        revealDeadline: new Date(now.getTime() + 24 * 3_600_000),
        external: { announcement: { kind: 'lottery', name: '福彩3D', round: '2020120', url: null, availableAfter: new Date(now.getTime() - 60_000) } },
      }),
    );
    expect(past.message).toContain('公布时间已到');

    const { drawId } = await yjj.draws.open({
      taskId,
      revealDeadline: new Date(now.getTime() + 24 * 3_600_000),
      external: { announcement: { kind: 'lottery', name: '福彩3D', round: '2020120', url: null, availableAfter } },
    });
    const secrets: Record<string, string> = {};
    for (const code of ['yjj', 'scj', 'xf'] as const) {
      secrets[code] = createEntropySecret();
      await (await demo.world.as(`${code}.coord`)).draws.commit({ drawId, commitment: commitSecret(secrets[code]!) });
    }
    await yjj.draws.freeze({ drawId });
    for (const code of ['yjj', 'scj', 'xf'] as const) await (await demo.world.as(`${code}.coord`)).draws.reveal({ drawId, secret: secrets[code]! });

    // Every agency has revealed, but the ceremony waits for the announced value: no seed yet.
    const waiting = await yjj.draws.get({ drawId });
    expect(waiting.status).toBe('frozen');
    expect(waiting.seed).toBeNull();
    const source = waiting.sources.find((s) => s.sourceId === 'external')!;
    expect(source).toMatchObject({ label: '福彩3D', canEnter: false, announcement: { kind: 'lottery', round: '2020120', url: null } });
    expect(source.description).toMatch(/^福彩3D第2020120期开奖号码（\d{4}-\d{2}-\d{2} \d{2}:\d{2} 后公布）$/);
    expect(waiting.can.enterPublicValue).toBe(false);

    // Before the stated time: refused in Chinese, by the caller's clock.
    const early = await refusal(
      (await lead(new Date(availableAfter.getTime() - 1000))).draws.enterPublicValue({ drawId, sourceId: 'external', value: '4 0 7' }),
    );
    expect(early.code).toBe('PRECONDITION_FAILED');
    expect(early.message).toMatch(/^“福彩3D”尚未公布：须在 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）后才能录入$/);
    const later = await lead(new Date(availableAfter.getTime() + 60_000));
    expect((await later.draws.get({ drawId })).sources.find((s) => s.sourceId === 'external')!.canEnter).toBe(true);
    // After it: the value must look like published lottery numbers.
    expect((await refusal(later.draws.enterPublicValue({ drawId, sourceId: 'external', value: '四零七' }))).message).toContain('应为公布的开奖号码');
    expect((await yjj.draws.get({ drawId })).status).toBe('frozen');
    expect(await later.draws.enterPublicValue({ drawId, sourceId: 'external', value: '4 0 7' })).toMatchObject({ drawn: true, pending: [] });

    const bundle = (await yjj.draws.bundle({ drawId })) as Record<string, unknown> & { commitmentInputs: { entropy: unknown[] } };
    expect(bundle.commitmentInputs.entropy).toContainEqual(
      expect.objectContaining({
        id: 'external',
        kind: 'external',
        announcement: { kind: 'lottery', name: '福彩3D', round: '2020120', url: null, availableAfter: availableAfter.toISOString().replace(/\.\d{3}Z$/, 'Z') },
      }),
    );
    expect(bundle.producer).toEqual(drawProducer());
    const verified = verifyDraw(bundle);
    expect(verified).toMatchObject({
      ok: true,
      announcements: [{ source: 'external', kind: 'lottery', round: '2020120', value: '4 0 7' }],
      producer: drawProducer(),
    });

    const file = join(mkdtempSync(join(tmpdir(), 'announced-')), 'bundle.json');
    writeFileSync(file, JSON.stringify(bundle));
    const run = spawnSync(process.env.PYTHON ?? 'python3', [join(VERIFIERS, 'verify_draw.py'), file], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`python3 is needed for this test (${run.error.message}); set PYTHON to its path`);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, announcements: [{ kind: 'lottery', name: '福彩3D', value: '4 0 7' }], producer: drawProducer() });
  });
});
