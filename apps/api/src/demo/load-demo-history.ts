import { createHmac } from 'node:crypto';
import { listAgencies, revokeSession, type Executor } from '@liancha/db';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { openServiceSession } from '../auth/service-session.js';
import { serverCaller } from '../trpc/server-caller.js';
import { playSeedYear, type SeedActors } from './seed-year.js';

/**
 * The agencies' secrets of the demo ceremonies come from this committed key, so the demo's
 * draws are the same on every machine and anyone can replay them (real agencies make theirs
 * in the browser).
 */
const DEMO_SECRET_KEY = 'liancha-demo/seed-year/2020';

export const demoSecret = (agency: string, quarter: { seq: number }) => createHmac('sha256', DEMO_SECRET_KEY).update(`${agency}|${quarter.seq}`).digest('hex');

/**
 * The 2020 history of the demo region: the seed's plan, four joint draws, checks, one major
 * hazard and every publication, made by the demo users through the API itself. Their sessions
 * are opened for the purpose and revoked at the end.
 */
export async function loadDemoHistory(db: Executor, config: Pick<Config, 'sessionTtlMs' | 'attachmentDir'>, log: Logger, regionCode: string) {
  const agencies = await listAgencies(db, { regionCode });
  const sessions: string[] = [];
  const actors: SeedActors = {
    agencyId: (code) => agencies.find((a) => a.code === code)?.id ?? '',
    as: async (username, now) => {
      const { token, id } = await openServiceSession(db, username, now);
      sessions.push(id);
      return serverCaller(db, { config, log, token, now: () => now });
    },
  };
  try {
    return await playSeedYear(actors, demoSecret);
  } finally {
    const at = new Date();
    for (const id of sessions) await revokeSession(db, id, at);
  }
}
