import { afterAll, beforeAll } from 'vitest';
import type { DbHandle, Executor } from '@liancha/db';
import { createTestDb } from '@liancha/db/testing';

/** A test file's (or describe block's) own copy of the demo region and the world loaded on it. */
export interface DemoDb<W> {
  handle: DbHandle;
  world: W;
}

/**
 * Register the hooks that copy the demo template (global-setup-demo.ts) before the tests of the
 * calling scope, load `load`'s world on it, and close the copy after them. The fields are set
 * once the hooks have run: read them inside tests, not at collection time.
 */
export function openDemoDb<W>(load: (db: Executor) => Promise<W>): DemoDb<W> {
  const demo = {} as DemoDb<W>;
  beforeAll(async () => {
    demo.handle = await createTestDb({ template: 'demo' });
    demo.world = await load(demo.handle.db);
  }, 120_000);
  afterAll(async () => {
    await demo.handle?.close();
  });
  return demo;
}
