import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, storeContent } from './attachment-store.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liancha-store-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('content-addressed attachment store', () => {
  it('stores by SHA-256, once, and reads back', async () => {
    const bytes = Buffer.from('整改报告');
    const first = await storeContent(dir, bytes);
    expect(first.storageKey).toBe(`sha256/${first.sha256.slice(0, 2)}/${first.sha256}`);
    expect(await storeContent(dir, Buffer.from('整改报告'))).toEqual(first);
    expect(await readFile(join(dir, first.storageKey))).toEqual(bytes);
    expect(await readContent(dir, first.storageKey, first.sha256)).toEqual(bytes);
  });

  it('refuses keys of another shape, missing files and altered content', async () => {
    const { sha256, storageKey } = await storeContent(dir, Buffer.from('原始内容'));
    await expect(readContent(dir, '../../etc/passwd', sha256)).rejects.toMatchObject({ reason: 'attachment.bad_key' });
    await expect(readContent(dir, storageKey, 'f'.repeat(64))).rejects.toMatchObject({ reason: 'attachment.bad_key' });
    await writeFile(join(dir, storageKey), '篡改');
    await expect(readContent(dir, storageKey, sha256)).rejects.toMatchObject({ reason: 'attachment.corrupt' });
    const gone = `sha256/00/${'0'.repeat(64)}`;
    await expect(readContent(dir, gone, '0'.repeat(64))).rejects.toMatchObject({ reason: 'attachment.missing' });
  });
});
