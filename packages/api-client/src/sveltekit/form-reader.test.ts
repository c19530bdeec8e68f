import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { FormReader } from './form-reader.js';

const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return new FormReader(data);
};

describe('FormReader', () => {
  it('reads trimmed text, Chinese-typed numbers and percentages, lists and lines', () => {
    const f = form([
      ['name', '  漳平市应急管理局 '],
      ['count', '1，200'],
      ['ratio', '2.5%'],
      ['tags', 'a'],
      ['tags', ' '],
      ['tags', 'b'],
      ['materials', '许可证；台账\n\n预案'],
      ['empty', ''],
    ]);
    expect(f.text('name')).toBe('漳平市应急管理局');
    expect(f.int('count')).toBe(1200);
    expect(f.percentBp('ratio')).toBe(250);
    expect(f.list('tags')).toEqual(['a', 'b']);
    expect(f.lines('materials')).toEqual(['许可证', '台账', '预案']);
    expect(f.optional('empty')).toBeNull();
    expect(f.int('empty')).toBeNull();
  });

  it('gives back what was typed, never passwords, secrets or files', () => {
    const f = form([
      ['username', 'yjj.coord'],
      ['password', 'liancha-demo'],
      ['newPassword', 'x'],
      ['secret', 'f'.repeat(64)],
      ['file', new File(['a'], 'a.csv')],
      ['ids', '1'],
      ['ids', '2'],
    ]);
    expect(f.values()).toEqual({ username: 'yjj.coord', ids: ['1', '2'] });
    expect(f.file('file')?.name).toBe('a.csv');
  });
});

describe('FormReader.of', () => {
  const post = (body: BodyInit | null, contentType?: string) =>
    new Request('http://localhost:3001/login', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });

  /** The HTTP error FormReader.of throws for a request, as status and message. */
  async function refusalOf(request: Request): Promise<{ status: number; message: string }> {
    try {
      await FormReader.of(request);
    } catch (error) {
      if (isHttpError(error)) return { status: error.status, message: error.body.message };
      throw error;
    }
    throw new Error('the request was read as a form');
  }

  it('reads url-encoded and multipart forms', async () => {
    expect((await FormReader.of(post('username=yjj.coord&password=x', 'application/x-www-form-urlencoded'))).text('username')).toBe('yjj.coord');
    const data = new FormData();
    data.append('name', '漳平');
    expect((await FormReader.of(new Request('http://localhost:3001/', { method: 'POST', body: data }))).text('name')).toBe('漳平');
    expect((await FormReader.of(post('a=1', 'Application/X-WWW-Form-Urlencoded; charset=UTF-8'))).text('a')).toBe('1');
  });

  it('answers 415 in Chinese for a body that is not form data', async () => {
    for (const [body, type] of [
      ['username=x', 'text/plain'],
      ['{"username":"x"}', 'application/json'],
      ['<a/>', 'application/xml'],
      ['x', undefined],
      [null, undefined],
    ] as const) {
      const refusal = await refusalOf(post(body, type));
      expect(refusal.status, `${type}`).toBe(415);
      expect(refusal.message).toBe('提交的内容不是表单数据，请在页面上填写表单后提交');
    }
  });

  it('answers 400 in Chinese for form data that cannot be read', async () => {
    for (const [body, type] of [
      ['--x\r\n', 'multipart/form-data'],
      ['--x\r\ncontent-disposition: form-data; name="a"\r\n\r\n1', 'multipart/form-data; boundary=x'],
      ['garbage', 'multipart/form-data; boundary=x'],
    ] as const) {
      const refusal = await refusalOf(post(body, type));
      expect(refusal.status, body).toBe(400);
      expect(refusal.message).toBe('表单数据无法读取，请刷新页面后重新提交');
    }
  });

  it('keeps 413 for a body the server stopped reading at its size limit', async () => {
    // What adapter-node does past BODY_SIZE_LIMIT: the body stream fails with a 413 error.
    const body = new ReadableStream({ pull: (controller) => controller.error(Object.assign(new Error('Content-length exceeds limit'), { status: 413 })) });
    const request = new Request('http://localhost:3001/registry/imports', {
      method: 'POST',
      body,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit);
    expect(await refusalOf(request)).toEqual({ status: 413, message: '提交的内容超过了允许的大小' });
  });
});
