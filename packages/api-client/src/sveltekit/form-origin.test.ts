import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, parseOrigins } from './form-origin.js';

describe('parseOrigins', () => {
  it('reads a comma- or space-separated list of origins', () => {
    expect(parseOrigins(undefined)).toEqual([]);
    expect(parseOrigins('')).toEqual([]);
    expect(parseOrigins('http://127.0.0.1:3001, https://liancha.example.gov.cn  http://[::1]:3001')).toEqual([
      'http://127.0.0.1:3001',
      'https://liancha.example.gov.cn',
      'http://[::1]:3001',
    ]);
    expect(parseOrigins('HTTPS://Liancha.Example.gov.cn:443/')).toEqual(['https://liancha.example.gov.cn']);
  });

  it('refuses anything that is not exactly an origin, saying which entry', () => {
    for (const entry of ['localhost:3001', 'http://127.0.0.1:3001/login', 'https://a.example/?x', '*', 'null', 'file:///tmp', 'http://user@a.example']) {
      expect(() => parseOrigins(`http://localhost:3001,${entry}`), entry).toThrow(/LIANCHA_ORIGINS/);
    }
  });
});

describe('crossSiteRefusal', () => {
  const own = new URL('http://localhost:3001/login');
  const extra = ['http://127.0.0.1:3001'];
  const post = (origin: string | null, init: { method?: string; accept?: string; type?: string } = {}) =>
    new Request('http://localhost:3001/login', {
      method: init.method ?? 'POST',
      headers: {
        ...(origin ? { origin } : {}),
        ...(init.accept ? { accept: init.accept } : {}),
        'content-type': init.type ?? 'application/x-www-form-urlencoded',
      },
      body: init.method === 'GET' || init.method === 'HEAD' ? null : 'a=1',
    });

  it('lets the portal’s own origin and the configured ones post', () => {
    expect(crossSiteRefusal(post('http://localhost:3001'), own, extra)).toBeNull();
    expect(crossSiteRefusal(post('http://127.0.0.1:3001'), own, extra)).toBeNull();
    expect(crossSiteRefusal(post('http://127.0.0.1:3001', { method: 'DELETE' }), own, extra)).toBeNull();
  });

  it('never checks reads', () => {
    expect(crossSiteRefusal(post('http://evil.example', { method: 'GET' }), own, extra)).toBeNull();
    expect(crossSiteRefusal(post(null, { method: 'HEAD' }), own, extra)).toBeNull();
  });

  it('refuses posts from any other origin, and posts that do not say where they come from, with 403 in Chinese', async () => {
    for (const [origin, method, type] of [
      ['http://evil.example', 'POST', 'application/x-www-form-urlencoded'],
      ['http://evil.example', 'POST', 'text/plain'],
      ['http://evil.example', 'POST', 'application/json'],
      ['http://evil.example', 'PUT', 'multipart/form-data; boundary=x'],
      ['http://localhost:3002', 'POST', 'application/x-www-form-urlencoded'],
      ['http://127.0.0.1:3002', 'PATCH', 'application/x-www-form-urlencoded'],
      ['https://localhost:3001', 'POST', 'application/x-www-form-urlencoded'],
      ['http://localhost:3001.evil.example', 'POST', 'application/x-www-form-urlencoded'],
      ['null', 'POST', 'application/x-www-form-urlencoded'],
      [null, 'POST', 'application/x-www-form-urlencoded'],
    ] as const) {
      const refusal = crossSiteRefusal(post(origin, { method, type }), own, extra);
      expect(refusal?.status, `${origin} ${method} ${type}`).toBe(403);
      expect(await refusal!.text()).toBe('拒绝跨站提交：请在本门户的页面上提交表单');
    }
  });

  it('answers in JSON to a client that asks for it (SvelteKit’s enhanced forms)', async () => {
    const refusal = crossSiteRefusal(post('http://evil.example', { accept: 'application/json' }), own, extra);
    expect(refusal?.status).toBe(403);
    expect(await refusal!.json()).toEqual({ message: '拒绝跨站提交：请在本门户的页面上提交表单' });
  });
});
