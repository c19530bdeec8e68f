import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { loginAction } from './portal-auth.js';
import { portalHandle } from './portal-handle.js';

/**
 * The portal's side of the login throttle: the API is a fake fetch that records what the portal
 * sends and answers as the API would. What matters: the browser's address as the portal saw it
 * travels in x-liancha-client-ip (never a header the browser wrote), and a 429 reaches the page.
 */
function portalRequest(browserHeaders: Record<string, string>, answer: { status: number; body: unknown }) {
  const sent: Headers[] = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    sent.push(new Headers(init?.headers));
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const form = new FormData();
  form.set('username', 'yjj.coord');
  form.set('password', 'secret password');
  const event = {
    request: new Request('http://localhost:3001/login', { method: 'POST', body: form, headers: { origin: 'http://localhost:3001', ...browserHeaders } }),
    url: new URL('http://localhost:3001/login'),
    cookies: { get: () => undefined, set: () => undefined, delete: () => undefined },
    locals: {},
    fetch,
    getClientAddress: () => '203.0.113.20',
  } as unknown as RequestEvent;
  return { event, sent };
}

const access = { roles: ['coordinator'] as const, refusal: '请使用领导小组门户' };
const throttled = {
  status: 429,
  body: [
    {
      error: {
        json: {
          message: '登录尝试过于频繁，请在 14 分 0 秒后再试。该账号已被临时锁定，也可请本单位管理员解除锁定',
          code: -32029,
          data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, reason: 'login_locked', issues: [], retryAfterSeconds: 840 },
        },
      },
    },
  ],
};

async function runLogin(browserHeaders: Record<string, string>) {
  const { event, sent } = portalRequest(browserHeaders, throttled);
  let outcome: unknown;
  await portalHandle({ apiUrl: () => 'http://127.0.0.1:4000' })({
    event,
    resolve: async () => {
      outcome = await loginAction(event, access);
      return new Response('');
    },
  });
  return { outcome: outcome as { status: number; data: { message: string; username: string } }, sent };
}

describe('portal login and the client address', () => {
  it("sends the browser's address as the portal saw it, not what the browser claims", async () => {
    const { sent } = await runLogin({ 'x-liancha-client-ip': '6.6.6.6', 'x-forwarded-for': '7.7.7.7' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.get('x-liancha-client-ip')).toBe('203.0.113.20');
    expect(sent[0]!.get('x-forwarded-for')).toBeNull();
  });

  it('shows a throttled login with status 429 and the Chinese wait, keeping the typed name', async () => {
    const { outcome } = await runLogin({});
    expect(outcome.status).toBe(429);
    expect(outcome.data).toMatchObject({ username: 'yjj.coord', message: throttled.body[0]!.error.json.message });
  });
});
