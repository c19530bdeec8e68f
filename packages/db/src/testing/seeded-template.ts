import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { createDb, pgliteParsers } from '../create-db.js';
import type { Executor } from '../repositories/executor.js';
import { withAdminConnection, withDatabase, type TestDatabaseTemplate } from './template.js';

/**
 * For a global setup listed after the engine's own (databaseProjects' `seededTemplates`):
 * copy the migrated template once, run `seed` on the copy, and offer the result to the
 * project's test files as `createTestDb({ template: name })`. Seeding once per run instead
 * of once per file is the point; packages whose seed data live above @liancha/db pass it in.
 */
export async function provideSeededTemplate(project: TestProject, name: string, seed: (db: Executor) => Promise<void>): Promise<() => void> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`seeded template names are lower-case identifiers, not ${JSON.stringify(name)}`);
  const context = project.getProvidedContext();
  const base = context.testDatabase;
  if (!base) throw new Error('provideSeededTemplate runs after the engine global setup (list it after in globalSetup)');
  const seeded = base.kind === 'pglite' ? await seedPglite(base.templateFile, name, seed) : await seedPostgres(base, name, seed);
  project.provide('seededTestDatabases', { ...context.seededTestDatabases, [name]: seeded });
  // The postgres database goes with the engine setup's teardown (it carries the run's prefix).
  return () => {
    if (seeded.kind === 'pglite') rmSync(seeded.templateFile, { force: true });
  };
}

async function seedPglite(templateFile: string, name: string, seed: (db: Executor) => Promise<void>): Promise<TestDatabaseTemplate> {
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(templateFile)]), parsers: pgliteParsers });
  const handle = await createDb({ pglite });
  try {
    await seed(handle.db);
    const dump = await pglite.dumpDataDir('none');
    const seededFile = join(tmpdir(), `liancha-pglite-${name}-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    writeFileSync(seededFile, Buffer.from(await dump.arrayBuffer()));
    return { kind: 'pglite', templateFile: seededFile };
  } finally {
    await handle.close();
  }
}

async function seedPostgres(
  base: Extract<TestDatabaseTemplate, { kind: 'postgres' }>,
  name: string,
  seed: (db: Executor) => Promise<void>,
): Promise<TestDatabaseTemplate> {
  const template = `${base.prefix}_${name}_template`;
  await withAdminConnection(base.adminUrl, (admin) => admin.unsafe(`create database ${template} template ${base.template}`));
  // Closed before any copy is made: CREATE DATABASE … TEMPLATE refuses a template with open connections.
  const handle = await createDb({ databaseUrl: withDatabase(base.adminUrl, template), maxConnections: 1 });
  try {
    await seed(handle.db);
  } finally {
    await handle.close();
  }
  return { ...base, template };
}
