import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDb, pgliteParsers, type DbHandle } from '../create-db.js';
import { withDatabase } from './template.js';

/**
 * A fresh, migrated database of its own for the calling test file — the only
 * way tests reach a database. Close it in afterAll.
 */
export async function createTestDb(): Promise<DbHandle> {
  const template = inject('testDatabase');
  if (template.kind === 'pglite') {
    const loadDataDir = new Blob([readFileSync(template.templateFile)]);
    const pglite = await PGlite.create({ loadDataDir, parsers: pgliteParsers });
    return createDb({ pglite });
  }
  const name = `${template.prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(template.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${template.template}`);
  } finally {
    await admin.end();
  }
  const handle = await createDb({ databaseUrl: withDatabase(template.adminUrl, name), maxConnections: 5 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const drop = postgres(template.adminUrl, { max: 1, onnotice: () => {} });
      try {
        await drop.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end();
      }
    },
  };
}

/** Which engine the current test file runs on, for test names and engine-specific cases. */
export function testDbKind(): 'pglite' | 'postgres' {
  return inject('testDatabase').kind;
}
