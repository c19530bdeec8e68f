import { findUserByUsername, insertSession, type Executor } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { newSessionToken } from './session-token.js';
import { toSessionUser, type SessionUser } from './session-user.js';

export interface LoginInput {
  username: string;
  password: string;
}

export interface LoginMeta {
  now: Date;
  ttlMs: number;
  userAgent: string | null;
  ip: string | null;
}

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  user: SessionUser;
}

/**
 * Check the password and open a session. An unknown user and a wrong password get
 * the same message (and the same scrypt work) so neither can be probed.
 */
export async function login(db: Executor, input: LoginInput, meta: LoginMeta): Promise<LoginOutcome> {
  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !ok) {
    throw new DomainError('unauthorized', '用户名或密码错误', { reason: 'bad_credentials' });
  }
  if (user.status !== 'active') {
    throw new DomainError('forbidden', '该账号已停用，请联系本单位管理员', { reason: 'account_disabled' });
  }
  const { token, id } = newSessionToken();
  const expiresAt = new Date(meta.now.getTime() + meta.ttlMs);
  await insertSession(db, { id, userId: user.id, regionCode: user.regionCode, expiresAt, userAgent: meta.userAgent, ip: meta.ip });
  return { token, expiresAt, user: toSessionUser(user) };
}
