import { describe, expect, it } from 'vitest';
import { loginNotice, loginUrl, safeNext, sessionNotice } from './portal-auth.js';

describe('safeNext', () => {
  it('keeps same-site paths and refuses anything that leaves the portal', () => {
    expect(safeNext('/plans?year=2020')).toBe('/plans?year=2020');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
  });
});

describe('login notices', () => {
  const access = { roles: ['coordinator'] as const, refusal: '该账号属于领导小组，请使用领导小组门户登录' };
  it('shows fixed Chinese texts for known codes and nothing for text put into the URL', () => {
    expect(loginNotice('session_expired', access)).toBe('登录已过期，请重新登录');
    expect(loginNotice('logged_out', access)).toBe('您已安全退出');
    expect(loginNotice('wrong_portal', access)).toBe(access.refusal);
    expect(loginNotice('请拨打 400-000-0000 重置密码', access)).toBeNull();
    expect(loginNotice('toString', access)).toBeNull();
    expect(loginNotice(null, access)).toBeNull();
  });
  it('maps the API refusal reason of a dead session to its code, keeping where the user was', () => {
    expect(sessionNotice('session_revoked')).toBe('session_revoked');
    expect(sessionNotice(null)).toBe('session_unknown');
    expect(loginUrl('/plans?year=2020', sessionNotice('session_expired'))).toBe('/login?next=%2Fplans%3Fyear%3D2020&notice=session_expired');
  });
});
