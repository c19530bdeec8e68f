import { createHash } from 'node:crypto';
import { findUserByUsername, insertSession, withTransaction, type Executor, type UserWithAgency } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { createAuditRecorder, type AuditEntry } from '../trpc/audit-recorder.js';
import { attemptKeys, claimAttempt, settleSuccess, type CountedKey } from './login-attempt.js';
import type { ThrottlePolicies } from './login-throttle-policy.js';
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
  /** Throttling policies (config: LOGIN_DELAY_BASE_MS); the defaults when absent. */
  policies?: ThrottlePolicies;
}

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  user: SessionUser;
}

/**
 * Check the password and open a session, throttled per account name and per client address
 * (login-throttle-policy.ts). An unknown user and a wrong password get the same message, the
 * same scrypt work and the same throttling, so none of them tells which names exist.
 *
 * Login manages its own transactions instead of the one-transaction mutation middleware: a
 * refused or failed attempt must leave its count and its audit events committed, yet answer
 * with an error. So: (1) claim the attempt and commit; (2) check the password outside any
 * transaction (no row lock or connection held during scrypt); (3) commit the outcome — the
 * session and `auth.login`, or `auth.login_failed` and any lock — and only then throw.
 */
export async function login(db: Executor, input: LoginInput, meta: LoginMeta): Promise<LoginOutcome> {
  const keys = attemptKeys(input.username, meta.ip);
  const claim = await claimAttempt(db, keys, meta.now, meta.policies);
  if (claim.refusal) throw claim.refusal;

  const user = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (user && ok && user.status === 'active') {
    return withTransaction(db, async (trx) => {
      await settleSuccess(trx, keys, claim.address, meta.now, meta.policies);
      const { token, id } = newSessionToken();
      const expiresAt = new Date(meta.now.getTime() + meta.ttlMs);
      await insertSession(trx, { id, userId: user.id, regionCode: user.regionCode, expiresAt, userAgent: meta.userAgent, ip: meta.ip });
      await audit(trx, meta, [
        {
          action: 'auth.login',
          subjectKind: 'user',
          subjectId: user.id,
          actorUserId: user.id,
          regionCode: user.regionCode,
          after: { username: user.username, ip: meta.ip, userAgent: meta.userAgent },
        },
      ]);
      return { token, expiresAt, user: toSessionUser(user) };
    });
  }

  const reason = user && ok ? 'account_disabled' : 'bad_credentials';
  await withTransaction(db, (trx) => audit(trx, meta, failureEvents(input.username, user, reason, claim.account, claim.address, meta)));
  if (reason === 'account_disabled') throw new DomainError('forbidden', '该账号已停用，请联系本单位管理员', { reason: 'account_disabled' });
  throw new DomainError('unauthorized', '用户名或密码错误', { reason: 'bad_credentials' });
}

async function audit(trx: Executor, meta: LoginMeta, entries: AuditEntry[]): Promise<void> {
  const recorder = createAuditRecorder(trx, { actorUserId: null, regionCode: null }, () => meta.now);
  for (const entry of entries) await recorder.record(entry);
}

/**
 * The failed check, and the locks it caused. A known user's events go to the user's region
 * chain; a name that is no user has no region, so its events go to the chain without one, and
 * carry only a digest of the name (people type passwords into the name field; the log is
 * append-only). An address block is nobody's: the chain without a region too, last, so a
 * transaction takes the chains' locks in one order.
 */
function failureEvents(
  username: string,
  user: UserWithAgency | undefined,
  reason: 'bad_credentials' | 'account_disabled',
  account: CountedKey,
  address: CountedKey | null,
  meta: LoginMeta,
): AuditEntry[] {
  const who = user ? { username } : { usernameSha256: createHash('sha256').update(username).digest('hex') };
  const subject = user
    ? { subjectKind: 'user', subjectId: user.id, regionCode: user.regionCode }
    : { subjectKind: 'login_name', subjectId: null, regionCode: null };
  const events: AuditEntry[] = [
    {
      action: 'auth.login_failed',
      ...subject,
      after: { ...who, reason, ip: meta.ip, userAgent: meta.userAgent, failures: account.failures, addressFailures: address?.failures ?? null },
    },
  ];
  if (account.lockedUntil) {
    events.push({
      action: 'auth.login_locked',
      ...subject,
      after: { ...who, failures: account.failures, locks: account.locks, lockedUntil: account.lockedUntil.toISOString(), ip: meta.ip },
    });
  }
  if (address?.lockedUntil) {
    events.push({
      action: 'auth.login_address_locked',
      subjectKind: 'login_address',
      subjectId: null,
      regionCode: null,
      after: { address: address.key, failures: address.failures, lockedUntil: address.lockedUntil.toISOString() },
    });
  }
  return events;
}
