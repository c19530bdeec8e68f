import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createDb } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { withAdminConnection, withDatabase } from './template.js';

/**
 * Migrate a template database once on the server named by TEST_DATABASE_URL;
 * each test file then gets `CREATE DATABASE … TEMPLATE` of it (Immich's habit).
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL must be set for the postgres test project');
  const prefix = `liancha_t_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_template`;
  await withAdminConnection(adminUrl, (admin) => admin.unsafe(`create database ${template}`));
  const handle = await createDb({ databaseUrl: withDatabase(adminUrl, template), maxConnections: 1 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  project.provide('testDatabase', { kind: 'postgres', adminUrl, template, prefix });

  return async () => {
    await withAdminConnection(adminUrl, async (cleanup) => {
      const rows = await cleanup<{ datname: string }[]>`select datname from pg_database where datname like ${prefix + '%'}`;
      for (const { datname } of rows) await cleanup.unsafe(`drop database if exists ${datname} with (force)`);
    });
  };
}
