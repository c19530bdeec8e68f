import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { createDb, pgliteParsers } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import './template.js';

/** Migrate one in-memory PGlite once, dump it, and let every test file start from a copy. */
export default async function setup(project: TestProject) {
  const pglite = await PGlite.create({ parsers: pgliteParsers });
  const handle = await createDb({ pglite });
  await migrateToLatest(handle.db);
  const dump = await pglite.dumpDataDir('none');
  const templateFile = join(tmpdir(), `liancha-pglite-template-${process.pid}-${Date.now()}.tar`);
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('testDatabase', { kind: 'pglite', templateFile });
  return () => rmSync(templateFile, { force: true });
}
