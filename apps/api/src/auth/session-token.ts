import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'liancha_session';

/** 256-bit random bearer token; only its SHA-256 is stored, so a database leak yields no live sessions. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/**
 * An enterprise's bearer token (its own area, signed in with an activation code): the same
 * randomness behind a prefix, so the API looks it up among enterprise sessions only and a user
 * session can never be taken for one.
 */
const ENTERPRISE_PREFIX = 'ent_';
export function newEnterpriseToken(): { token: string; id: string } {
  const token = ENTERPRISE_PREFIX + randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

export function isEnterpriseToken(token: string | undefined): token is string {
  return token !== undefined && token.length === ENTERPRISE_PREFIX.length + 43 && token.startsWith(ENTERPRISE_PREFIX);
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token from `Authorization: Bearer …` or, failing that, the session cookie. */
export function tokenFromHeaders(authorization: string | undefined, cookie: string | undefined): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+([A-Za-z0-9_-]{20,200})$/)?.[1];
  if (bearer) return bearer;
  for (const part of cookie?.split(';') ?? []) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      if (/^[A-Za-z0-9_-]{20,200}$/.test(value)) return value;
    }
  }
  return undefined;
}
