import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { getDrawBundle, type DbHandle } from '@liancha/db';
import { createTestDb, testDbKind } from '@liancha/db/testing';
import { verifyDraw, type DrawBundle } from '@liancha/domain';
import { TEST_ATTACHMENT_DIR } from '../testing/caller.js';
import { demoSecret, loadDemoHistory } from './load-demo-history.js';

describe(`the demo's 2020 history on ${testDbKind()}`, () => {
  let handle: DbHandle;
  let history: Awaited<ReturnType<typeof loadDemoHistory>>;
  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
    history = await loadDemoHistory(handle.db, { sessionTtlMs: 3_600_000, attachmentDir: TEST_ATTACHMENT_DIR }, pino({ level: 'silent' }), '350881');
  }, 180_000);
  afterAll(async () => {
    await handle?.close();
  });

  it('publishes the plan, four drawn tasks and every agency’s results', async () => {
    const counts = await handle.db
      .selectFrom('publication')
      .select(['kind'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('regionCode', '=', '350881')
      .groupBy('kind')
      .execute();
    const byKind = Object.fromEntries(counts.map((c) => [c.kind, Number(c.n)]));
    expect(byKind.item_list).toBe(3);
    expect(byKind.annual_plan).toBe(1);
    expect(byKind.joint_task).toBe(4);
    // The sanction of the first quarter's 重大事故隐患, still public (its 处罚有效期 runs to 2030).
    expect(byKind.sanction).toBe(1);
    const checks = await handle.db.selectFrom('check').select('id').where('taskId', 'in', history.taskIds).where('status', '<>', 'cancelled').execute();
    // One result announcement per agency per check that asked it for results: every agency took part
    // in every check, but at a mine no item of 市场监督 or 消防 applies, so only 应急管理局 records there.
    const asked = await handle.db
      .selectFrom('checkResult')
      .select(['checkId', 'agencyId'])
      .distinct()
      .where(
        'checkId',
        'in',
        checks.map((c) => c.id),
      )
      .execute();
    expect(byKind.result).toBe(asked.length);
    expect(asked.length).toBeGreaterThan(checks.length * 2);
    expect(asked.length).toBeLessThan(checks.length * 3);
  });

  it('draws from the committed demo secrets, so anyone can replay every ceremony', async () => {
    const draws = await handle.db.selectFrom('draw').select(['id', 'regionCode']).where('taskId', 'in', history.taskIds).execute();
    expect(draws).toHaveLength(4);
    const seqs = new Set<number>();
    for (const draw of draws) {
      const bundle = await getDrawBundle(handle.db, draw, draw.id);
      const proof = bundle as unknown as DrawBundle;
      expect(verifyDraw(proof)).toMatchObject({ ok: true });
      const agencies = proof.reveals.filter((r) => r.source.startsWith('agency:'));
      expect(agencies.map((r) => r.source)).toEqual(['agency:scj', 'agency:xf', 'agency:yjj']);
      // Every agency's reveal is the demo secret of one and the same quarter.
      const seq = [1, 2, 3, 4].find((q) => agencies.every((r) => r.value === demoSecret(r.source.slice('agency:'.length), { seq: q })));
      expect(seq).toBeDefined();
      seqs.add(seq!);
    }
    expect([...seqs].sort()).toEqual([1, 2, 3, 4]);
  });

  it('publishes the 行政处罚 of the major hazard in every 双公示 field, public until its 处罚有效期 ends', async () => {
    const row = await handle.db
      .selectFrom('publication')
      .select(['payload', 'publicUntil'])
      .where('regionCode', '=', '350881')
      .where('kind', '=', 'sanction')
      .executeTakeFirstOrThrow();
    expect(row.publicUntil).toBe('2030-03-19');
    expect(row.payload).toMatchObject({
      decisionNo: '漳应急罚〔2020〕1号',
      penaltyCategories: ['fine', 'restrict_business'],
      fineWanYuan: '5',
      partyKind: 'legal_person',
      severity: 'serious',
      publicityEndsOn: '2030-03-19',
      shortestPublicityEndsOn: '2021-03-20',
      agency: { name: '漳平市应急管理局', uscc: expect.stringMatching(/^11350881/) },
      task: { code: expect.any(String) },
    });
  });

  it('leaves no live session behind', async () => {
    const live = await handle.db.selectFrom('userSession').select('id').where('revokedAt', 'is', null).execute();
    expect(live).toEqual([]);
  });
});
