import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { malformedActionRefusal, portalHandleError } from './portal-errors.js';

const event = (url: string, method = 'POST') => ({ url: new URL(url), request: new Request(url, { method }) }) as unknown as RequestEvent;

describe('portalHandleError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says in Chinese what SvelteKit refused in English, logging one line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cases: [number, string][] = [
      [415, '提交的内容不是表单数据，请在页面上填写表单后提交'],
      [413, '提交的内容超过了允许的大小'],
      [405, '此页面不接受提交'],
      [404, '页面不存在或您无权查看'],
      [400, '请求有误，请刷新页面后重试'],
    ];
    for (const [status, message] of cases) {
      expect(
        await portalHandleError({ error: new Error('Unsupported Media Type'), event: event('http://localhost:3001/login'), status, message: 'x' }),
      ).toEqual({ message });
    }
    expect(warn).toHaveBeenCalledTimes(cases.length);
    expect(warn.mock.calls[0]![0]).toBe('415 POST /login: x');
  });

  it('hides what went wrong inside behind a Chinese message and logs the error itself', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cause = new TypeError('secret detail');
    expect(await portalHandleError({ error: cause, event: event('http://localhost:3001/tasks'), status: 500, message: 'Internal Error' })).toEqual({
      message: '服务器内部错误，请稍后重试',
    });
    expect(error).toHaveBeenCalledWith(cause);
  });
});

describe('malformedActionRefusal', () => {
  it('refuses an action named "default" (SvelteKit would answer 500), and only that', async () => {
    const refusal = malformedActionRefusal(event('http://localhost:3001/registry/tags?/default'));
    expect(refusal?.status).toBe(400);
    expect(await refusal!.text()).toBe('请求的操作名称无效');
    expect(malformedActionRefusal(event('http://localhost:3001/registry/tags?x=1&/default'))?.status).toBe(400);
    expect(malformedActionRefusal(event('http://localhost:3001/registry/tags?/create'))).toBeNull();
    expect(malformedActionRefusal(event('http://localhost:3001/registry/tags?/create&/default'))).toBeNull();
    expect(malformedActionRefusal(event('http://localhost:3001/login'))).toBeNull();
    expect(malformedActionRefusal(event('http://localhost:3001/registry/tags?/default', 'GET'))).toBeNull();
  });
});
