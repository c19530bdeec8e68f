import { findSession, touchSession, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { sessionIdOf } from './session-token.js';
import { toSessionUser, type SessionUser } from './session-user.js';

export interface ActiveSession {
  id: string;
  expiresAt: Date;
  user: SessionUser;
}

export type SessionState = { state: 'none' } | { state: 'active'; session: ActiveSession } | { state: 'invalid'; error: DomainError };

// Writing last_seen_at on every request would turn reads into writes; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

/** Resolve a bearer token to a live session, or say exactly why it is not one. */
export async function resolveSession(db: Executor, token: string | undefined, now: Date): Promise<SessionState> {
  if (!token) return { state: 'none' };
  const row = await findSession(db, sessionIdOf(token));
  if (!row) return invalid('登录状态无效，请重新登录', 'session_unknown');
  if (row.revokedAt) return invalid('您已退出登录或会话已被注销，请重新登录', 'session_revoked');
  if (row.expiresAt.getTime() <= now.getTime()) return invalid('登录已过期，请重新登录', 'session_expired');
  if (row.user.status !== 'active') return invalid('该账号已停用，请联系本单位管理员', 'account_disabled');
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, row.id, now);
  return { state: 'active', session: { id: row.id, expiresAt: row.expiresAt, user: toSessionUser(row.user) } };
}

function invalid(message: string, reason: string): SessionState {
  return { state: 'invalid', error: new DomainError('unauthorized', message, { reason }) };
}
