import postgres from 'postgres';

/** What a global setup hands to the test files of one Vitest project. */
export type TestDatabaseTemplate = { kind: 'pglite'; templateFile: string } | { kind: 'postgres'; adminUrl: string; template: string; prefix: string };

declare module 'vitest' {
  interface ProvidedContext {
    testDatabase: TestDatabaseTemplate;
    /** Templates holding the migrated schema plus seed data, by name (see provideSeededTemplate). */
    seededTestDatabases?: Record<string, TestDatabaseTemplate>;
  }
}

/** Replace the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * One admin connection to the server, closed after `use`: for CREATE/DROP DATABASE, which cannot run
 * in a transaction (notices such as "database does not exist, skipping" are not printed).
 */
export async function withAdminConnection<T>(adminUrl: string, use: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}
