import { listAgencies, regionExists, type Executor } from '@liancha/db';
import { seedAgency, seedRegion, seedUser } from '@liancha/db/testing';
import { callerFor } from './caller.js';
import { sessionTokenFor } from './session.js';

/**
 * The 漳平 demo region plus a second region (新罗区 350802) with one agency and its
 * coordinator, for cross-agency and cross-region tests. The demo region comes with the
 * database: open it with createTestDb({ template: 'demo' }) (global-setup-demo.ts loads
 * it once per run); only the small second region is added here.
 */
export async function loadDemoWorld(db: Executor) {
  if (!(await regionExists(db, '350881'))) throw new Error("loadDemoWorld needs a copy of the demo template: createTestDb({ template: 'demo' })");
  await seedRegion(db, '350802', '新罗区');
  const otherAgency = await seedAgency(db, '350802', { code: 'xl-yjj', name: '龙岩市新罗区应急管理局', shortName: '新罗应急局' });
  await seedUser(db, { regionCode: '350802', agencyId: otherAgency.id, username: 'xl.coord', roles: ['coordinator'], passwordHash: 'test$x' });
  const agencies = await listAgencies(db, { regionCode: '350881' });
  const agencyId = (code: string) => agencies.find((a) => a.code === code)?.id ?? '';
  return {
    agencyId,
    otherRegionAgencyId: otherAgency.id,
    /** A caller logged in as `username`; `now` moves its clock (deadlines, overdue lists). */
    as: async (username: string, now?: Date) => callerFor(db, { token: await sessionTokenFor(db, username, now), ...(now ? { now } : {}) }),
  };
}
