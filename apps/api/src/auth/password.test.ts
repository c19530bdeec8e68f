import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';
import { tokenFromHeaders } from './session-token.js';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one; salts differ', async () => {
    const a = await hashPassword('正确的密码 1');
    const b = await hashPassword('正确的密码 1');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('正确的密码 1', a)).toBe(true);
    expect(await verifyPassword('错误的密码', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('token from headers', () => {
  const token = 'A'.repeat(43);
  it('prefers the bearer header, falls back to the cookie, ignores junk', () => {
    expect(tokenFromHeaders(`Bearer ${token}`, undefined)).toBe(token);
    expect(tokenFromHeaders(undefined, `a=b; liancha_session=${token}; c=d`)).toBe(token);
    expect(tokenFromHeaders('Bearer <script>', 'liancha_session=;drop')).toBeUndefined();
  });
});
