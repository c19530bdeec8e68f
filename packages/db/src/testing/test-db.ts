import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { createDb, pgliteParsers, type DbHandle } from '../create-db.js';
import { withAdminConnection, withDatabase, type TestDatabaseTemplate } from './template.js';

/**
 * A fresh, migrated database of its own for the calling test file — the only
 * way tests reach a database. Close it in afterAll. `template` names a seeded
 * template the package's vitest config builds (e.g. 'demo' in apps/api); the copy
 * starts with its data, and changes stay in the copy. On PostgreSQL the copy's URL comes with it.
 */
export async function createTestDb(options: { template?: string } = {}): Promise<DbHandle & { databaseUrl?: string }> {
  const template = options.template ? seededTemplate(options.template) : inject('testDatabase');
  if (template.kind === 'pglite') {
    const loadDataDir = new Blob([readFileSync(template.templateFile)]);
    const pglite = await PGlite.create({ loadDataDir, parsers: pgliteParsers });
    return createDb({ pglite });
  }
  const name = `${template.prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminConnection(template.adminUrl, (admin) => admin.unsafe(`create database ${name} template ${template.template}`));
  const databaseUrl = withDatabase(template.adminUrl, name);
  const handle = await createDb({ databaseUrl, maxConnections: 5 });
  return {
    ...handle,
    /** For a process of its own (an API started as in production) on the same copy. */
    databaseUrl,
    close: async () => {
      await handle.close();
      await withAdminConnection(template.adminUrl, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));
    },
  };
}

function seededTemplate(name: string): TestDatabaseTemplate {
  const template = inject('seededTestDatabases')?.[name];
  if (!template) throw new Error(`no seeded test database "${name}": this package's vitest config does not build it (databaseProjects({ seededTemplates }))`);
  return template;
}

/** Which engine the current test file runs on, for test names and engine-specific cases. */
export function testDbKind(): 'pglite' | 'postgres' {
  return inject('testDatabase').kind;
}
