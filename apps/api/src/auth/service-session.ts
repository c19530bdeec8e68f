import { findUserByUsername, insertSession, type Executor } from '@liancha/db';
import { newSessionToken } from './session-token.js';

/**
 * A session for `username` opened without a password, by the service itself (the demo history
 * acts as its demo users; tests log in this way). Returns the token and the session id to revoke.
 */
export async function openServiceSession(db: Executor, username: string, now: Date, ttlMs = 3_600_000): Promise<{ token: string; id: string }> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`no user named ${username}`);
  const { token, id } = newSessionToken();
  await insertSession(db, { id, userId: user.id, regionCode: user.regionCode, expiresAt: new Date(now.getTime() + ttlMs), userAgent: null, ip: null });
  return { token, id };
}
