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
