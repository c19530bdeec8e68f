import { findEnterpriseSession, touchEnterpriseSession, type EnterpriseIdentity, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { sessionIdOf } from './session-token.js';

export interface EnterpriseSession {
  id: string;
  expiresAt: Date;
  enterprise: EnterpriseIdentity;
}

export type EnterpriseState = { state: 'none' } | { state: 'active'; session: EnterpriseSession } | { state: 'invalid'; error: DomainError };

const TOUCH_INTERVAL_MS = 60_000;

/** An enterprise's bearer token to its live session, or exactly why it is not one (as resolveSession for users). */
export async function resolveEnterpriseSession(db: Executor, token: string | undefined, now: Date): Promise<EnterpriseState> {
  if (!token) return { state: 'none' };
  const row = await findEnterpriseSession(db, sessionIdOf(token));
  if (!row) return invalid('登录状态无效，请重新激活', 'session_unknown');
  if (row.revokedAt) return invalid('您已退出或会话已被注销，请重新激活', 'session_revoked');
  if (row.expiresAt.getTime() <= now.getTime()) return invalid('登录已过期，请使用新的激活码重新进入', 'session_expired');
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchEnterpriseSession(db, row.id, now);
  return { state: 'active', session: { id: row.id, expiresAt: row.expiresAt, enterprise: row.enterprise } };
}

function invalid(message: string, reason: string): EnterpriseState {
  return { state: 'invalid', error: new DomainError('unauthorized', message, { reason }) };
}
