import { describe, expect, it } from 'vitest';
import { loginNotice, loginUrl, safeNext, sessionNotice } from './portal-auth.js';

describe('safeNext', () => {
  const origin = 'http://localhost:3001';
  it('keeps paths of the portal itself, with their query and fragment', () => {
    expect(safeNext('/plans?year=2020', origin)).toBe('/plans?year=2020');
    expect(safeNext('/tasks/1#draw', origin)).toBe('/tasks/1#draw');
    expect(safeNext('/registry/%2F%2Fevil.example', origin)).toBe('/registry/%2F%2Fevil.example');
    expect(safeNext('/%2F%2Fevil.example', origin)).toBe('/%2F%2Fevil.example');
    expect(safeNext('/%5Cevil.example', origin)).toBe('/%5Cevil.example');
    expect(safeNext('/plans/../tasks', origin)).toBe('/tasks');
    expect(safeNext('plans', origin)).toBe('/plans');
    expect(safeNext('\\evil.example', origin)).toBe('/evil.example');
    expect(safeNext('?year=2020', origin)).toBe('/?year=2020');
    expect(safeNext('http://localhost:3001/plans', origin)).toBe('/plans');
    expect(safeNext('http://user:pass@localhost:3001/plans', origin)).toBe('/plans');
    expect(safeNext('/\u0000/x', origin)).toBe('/%00/x');
    expect(safeNext(null, origin)).toBe('/');
    expect(safeNext('', origin)).toBe('/');
  });

  // Each of these, put in ?next= of the login page, must not send the user off the portal.
  const leaving = [
    'https://evil.example/',
    'http://evil.example',
    '//evil.example/',
    '///evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example/phish',
    '/\n/evil.example/phish',
    '/\r\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/\t\\evil.example',
    '/.//evil.example',
    '/./\\evil.example',
    '/..//evil.example',
    '/plans/..//evil.example',
    'https:evil.example',
    'https:/evil.example',
    'http:\\\\evil.example',
    'https://localhost:3001@evil.example/',
    'http://localhost:3001@evil.example/',
    '//localhost:3001@evil.example',
    'https://localhost:3001/plans',
    'http://localhost:3002/',
    'http://127.0.0.1:3001/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:a@evil.example',
    'http://[::1]:3001/',
  ];
  it.each(leaving)('refuses %j', (next) => {
    expect(safeNext(next, origin)).toBe('/');
  });

  it('never answers anything a browser could read as another host or as a broken header', () => {
    for (const next of [...leaving, '/a\nSet-Cookie: x=1', '/a\r\nLocation: //evil.example', '/计划?年=2020', '/\u0000/evil.example']) {
      const answer = safeNext(next, origin);
      expect(answer).toMatch(/^\/(?![/\\])/);
      expect(answer).toMatch(/^[\x21-\x7e]*$/);
      expect(new URL(answer, origin).origin).toBe(origin);
    }
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
