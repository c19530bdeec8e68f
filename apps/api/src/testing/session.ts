import type { Executor } from '@liancha/db';
import { openServiceSession } from '../auth/service-session.js';

/** Log a user in without a password (tests only): insert a live session and return its token. */
export async function sessionTokenFor(db: Executor, username: string, now = new Date()): Promise<string> {
  return (await openServiceSession(db, username, now)).token;
}
