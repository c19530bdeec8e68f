import type { Executor } from '@liancha/db';
import { newSessionToken } from '../auth/session-token.js';

/** Log a user in without a password (tests only): insert a live session and return its token. */
export async function sessionTokenFor(db: Executor, username: string, now = new Date()): Promise<string> {
  const user = await db.selectFrom('appUser').select(['id', 'regionCode']).where('username', '=', username).executeTakeFirstOrThrow();
  const { token, id } = newSessionToken();
  await db.insertInto('userSession').values({ id, userId: user.id, regionCode: user.regionCode, expiresAt: new Date(now.getTime() + 3_600_000), userAgent: null, ip: null }).execute();
  return token;
}
