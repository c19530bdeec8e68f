import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('API_WORKERS', () => {
  const pg = { DATABASE_URL: 'postgres://localhost/liancha' };

  it('defaults to one worker per core on PostgreSQL and to one process on the embedded database', () => {
    expect(loadConfig(pg).workers).toBe(availableParallelism());
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ ...pg, API_WORKERS: '3' }).workers).toBe(3);
  });

  it('refuses more than one worker on the embedded database, and nonsense counts', () => {
    expect(() => loadConfig({ API_WORKERS: '2' })).toThrow(/API_WORKERS: more than one worker needs DATABASE_URL/);
    expect(() => loadConfig({ ...pg, API_WORKERS: '0' })).toThrow(/API_WORKERS/);
    expect(() => loadConfig({ ...pg, API_WORKERS: 'many' })).toThrow(/API_WORKERS/);
  });
});

describe('DATABASE_READ_URL', () => {
  it('names a PostgreSQL read replica beside DATABASE_URL, never on the embedded database', () => {
    const replica = 'postgres://replica/liancha';
    expect(loadConfig({ DATABASE_URL: 'postgres://primary/liancha', DATABASE_READ_URL: replica }).readDatabaseUrl).toBe(replica);
    expect(loadConfig({ DATABASE_URL: 'postgres://primary/liancha' }).readDatabaseUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_READ_URL: replica })).toThrow(/DATABASE_READ_URL: a read replica needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://primary/liancha', DATABASE_READ_URL: 'mysql://x' })).toThrow(/DATABASE_READ_URL/);
  });
});
