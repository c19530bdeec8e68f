import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { createTestDb, testDbKind, workflowRows } from '@liancha/db/testing';
import type { FigureSnapshotPolicy } from '../config.js';
import { waitForJob } from '../jobs/wait-for-job.js';
import { callerFor } from '../testing/caller.js';
import { sessionTokenFor } from '../testing/session.js';

/**
 * Figures of a large region come from snapshots: computed on the first view, served as they were
 * until they are older than the policy's age, then refreshed once by a job. The demo region is
 * made "large" by a policy that keeps snapshots from 0 checks.
 */
describe(`leadership figure snapshots on ${testDbKind()}`, () => {
  let handle: DbHandle;
  const scope = { regionCode: '350881' };
  const KEEP: FigureSnapshotPolicy = { fromChecks: 0, maxAgeMs: 5 * 60_000 };
  const minute = 60_000;

  async function as(username: string, now: Date, figureSnapshots?: FigureSnapshotPolicy) {
    return callerFor(handle.db, { token: await sessionTokenFor(handle.db, username, now), now, ...(figureSnapshots ? { figureSnapshots } : {}) });
  }
  const units = (rows: { generalUnits: number }[]) => rows.reduce((sum, r) => sum + r.generalUnits, 0);

  /** A general, operating enterprise of the agency's (the tally behind 应查对象 counts it at once). */
  async function addEnterprise(agencyCode: string): Promise<void> {
    const agency = await handle.db
      .selectFrom('agency')
      .select('id')
      .where('regionCode', '=', scope.regionCode)
      .where('code', '=', agencyCode)
      .executeTakeFirstOrThrow();
    const township = await handle.db.selectFrom('township').select('code').where('regionCode', '=', scope.regionCode).executeTakeFirstOrThrow();
    await workflowRows(handle.db, scope.regionCode).object({ sectorCode: 'fireworks', townshipCode: township.code, supervisedBy: [agency.id] });
  }

  async function refreshJobs() {
    return handle.db.selectFrom('job').select(['id', 'status']).where('regionCode', '=', scope.regionCode).where('kind', '=', 'figure_refresh').execute();
  }

  beforeAll(async () => {
    handle = await createTestDb({ template: 'demo' });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('serves a snapshot until it is old, then one job refreshes it', async () => {
    const t0 = new Date(Date.now() - 30 * minute);
    const first = await (await as('ldxz.zhang', t0, KEEP)).oversight.coverage({ year: 2020 });
    expect(first.asOf).toEqual(t0);
    const before = units(first.rows);
    expect(before).toBeGreaterThan(0);

    await addEnterprise('yjj');
    const fresh = await (await as('ldxz.zhang', new Date(t0.getTime() + minute))).oversight.coverage({ year: 2020 });
    expect({ asOf: fresh.asOf, units: units(fresh.rows) }).toEqual({ asOf: null, units: before + 1 }); // a small region: computed per view

    const kept = await (await as('ldxz.zhang', new Date(t0.getTime() + minute), KEEP)).oversight.coverage({ year: 2020 });
    expect({ asOf: kept.asOf, units: units(kept.rows) }).toEqual({ asOf: t0, units: before });
    expect(await refreshJobs()).toEqual([]);

    const stale = await (await as('ldxz.zhang', new Date(t0.getTime() + 6 * minute), KEEP)).oversight.coverage({ year: 2020 });
    expect({ asOf: stale.asOf, units: units(stale.rows) }).toEqual({ asOf: t0, units: before });
    const [job] = await refreshJobs();
    expect(job).toBeDefined();
    // Another stale view finds the live job instead of queueing a second.
    await (await as('ldxz.zhang', new Date(t0.getTime() + 6 * minute), KEEP)).oversight.coverage({ year: 2020 });
    expect((await refreshJobs()).map((j) => j.id)).toEqual([job!.id]);
    expect(await waitForJob(handle.db, scope, job!.id, 20_000)).toMatchObject({ status: 'done' });

    const refreshed = await (await as('ldxz.zhang', new Date(), KEEP)).oversight.coverage({ year: 2020 });
    expect(refreshed.asOf!.getTime()).toBeGreaterThan(t0.getTime() + 6 * minute);
    expect(units(refreshed.rows)).toBe(before + 1);
  });

  it('keeps the 年度检查频次 figures, warnings and breaches the same way; a job refreshes each from its parameters', async () => {
    // The warnings are of a day: the two views must fall on one Beijing day for the stale one to find the snapshot.
    let t0 = new Date(Date.now() - 20 * minute);
    if (dateInShanghai(t0) !== dateInShanghai(new Date(t0.getTime() + 6 * minute))) t0 = new Date(t0.getTime() - 10 * minute);
    const api = await as('ldxz.zhang', t0, KEEP);
    expect((await api.inspectionCaps.figures({ year: 2020 })).asOf).toEqual(t0);
    expect((await api.inspectionCaps.warnings({ year: 2020 })).asOf).toEqual(t0);
    expect((await api.inspectionCaps.breaches({ year: 2020 })).asOf).toEqual(t0);
    const before = new Set((await refreshJobs()).map((j) => j.id));
    const stale = await as('ldxz.zhang', new Date(t0.getTime() + 6 * minute), KEEP);
    await stale.inspectionCaps.figures({ year: 2020 });
    await stale.inspectionCaps.warnings({ year: 2020 });
    await stale.inspectionCaps.breaches({ year: 2020 });
    const queued = (await refreshJobs()).filter((j) => !before.has(j.id));
    expect(queued).toHaveLength(3);
    for (const job of queued) expect(await waitForJob(handle.db, scope, job.id, 20_000)).toMatchObject({ status: 'done' });
    expect((await (await as('ldxz.zhang', new Date(), KEEP)).inspectionCaps.warnings({ year: 2020 })).asOf!.getTime()).toBeGreaterThan(t0.getTime());
  });

  it('keeps one snapshot per question: an agency leader never reads the leadership group’s', async () => {
    const now = new Date();
    const all = await (await as('ldxz.zhang', now, KEEP)).oversight.checks({ year: 2020 });
    const own = await (await as('yjj.leader', now, KEEP)).oversight.checks({ year: 2020 });
    const agency = await handle.db
      .selectFrom('agency')
      .select('id')
      .where('regionCode', '=', scope.regionCode)
      .where('code', '=', 'yjj')
      .executeTakeFirstOrThrow();
    expect(own.asOf).not.toBeNull();
    expect(own.agencyTotals.every((t) => t.agencyId === agency.id)).toBe(true);
    expect(all.asOf).not.toBeNull();
    const kept = await handle.db.selectFrom('figureSnapshot').select('key').where('regionCode', '=', scope.regionCode).where('figure', '=', 'checks').execute();
    expect(kept).toHaveLength(2);
  });

  it('inspector load pages are kept apart, and timeliness keeps its deadline', async () => {
    const now = new Date();
    const caller = await as('ldxz.zhang', now, KEEP);
    const one = await caller.oversight.inspectorLoad({ year: 2020, page: 1, pageSize: 5 });
    const two = await caller.oversight.inspectorLoad({ year: 2020, page: 2, pageSize: 5 });
    expect(one.rows.map((r) => r.inspectorId)).not.toEqual(two.rows.map((r) => r.inspectorId));
    expect(two.total).toBe(one.total);
    const timeliness = await caller.oversight.timeliness({});
    expect(timeliness.asOf).toEqual(now);
    expect(timeliness.rows.length).toBeGreaterThan(0);
  });
});
