import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DomainError } from '@liancha/domain';

/**
 * Content-addressed file store: a file lives at `<dir>/sha256/<first two hex>/<sha256>`.
 * The same bytes are stored once; a write is atomic (temporary file, then rename). A file
 * written by a transaction that then rolls back stays as an unreferenced blob, which is harmless.
 */
export interface StoredFile {
  sha256: string;
  storageKey: string;
}

const KEY = /^sha256\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export async function storeContent(dir: string, bytes: Buffer): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const storageKey = `sha256/${sha256.slice(0, 2)}/${sha256}`;
  const path = join(dir, storageKey);
  if (!(await exists(path))) {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  }
  return { sha256, storageKey };
}

/** Read a stored file back, refusing a key of the wrong shape and content that no longer matches its hash. */
export async function readContent(dir: string, storageKey: string, sha256: string): Promise<Buffer> {
  const match = KEY.exec(storageKey);
  if (!match || match[2] !== sha256) throw new DomainError('internal', '附件存储位置无效', { reason: 'attachment.bad_key' });
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, storageKey));
  } catch (cause) {
    throw new DomainError('internal', '附件文件缺失，请联系管理员', { reason: 'attachment.missing', cause });
  }
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new DomainError('internal', '附件文件已损坏（校验值不符），请联系管理员', { reason: 'attachment.corrupt' });
  }
  return bytes;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
