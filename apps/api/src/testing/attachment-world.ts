import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDemoDb, type DemoDb } from './demo-db.js';
import { loadOutcomeWorld, type OutcomeWorld } from './outcome-world.js';

/** openDemoDb with the outcome world keeping attachments in a temporary folder of its own, removed after. */
export function openAttachmentWorld(): DemoDb<OutcomeWorld> & { readonly dir: string } {
  const files = { dir: '' };
  beforeAll(async () => {
    files.dir = await mkdtemp(join(tmpdir(), 'liancha-attachments-'));
  });
  afterAll(async () => {
    if (files.dir) await rm(files.dir, { recursive: true, force: true });
  });
  const demo = openDemoDb((db) => loadOutcomeWorld(db, { attachmentDir: files.dir }));
  return Object.defineProperty(demo, 'dir', { get: () => files.dir }) as DemoDb<OutcomeWorld> & { readonly dir: string };
}
