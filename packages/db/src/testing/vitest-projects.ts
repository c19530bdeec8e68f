import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The Vitest projects every package with database tests uses: plain unit tests,
 * integration tests (`*.int.test.ts`) on PGlite, and — when TEST_DATABASE_URL is
 * set — the very same integration tests on PostgreSQL.
 */
export function databaseProjects(options: { testTimeout?: number } = {}): TestProjectInlineConfiguration[] {
  const testTimeout = options.testTimeout ?? 30_000;
  const projects: TestProjectInlineConfiguration[] = [
    { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'] } },
    {
      extends: true,
      test: {
        name: 'int:pglite',
        include: ['src/**/*.int.test.ts'],
        globalSetup: [here('./global-setup-pglite.ts')],
        testTimeout,
        hookTimeout: 60_000,
      },
    },
  ];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({
      extends: true,
      test: {
        name: 'int:postgres',
        include: ['src/**/*.int.test.ts'],
        globalSetup: [here('./global-setup-postgres.ts')],
        testTimeout,
        hookTimeout: 60_000,
      },
    });
  } else {
    console.log('[liancha] TEST_DATABASE_URL is not set: integration tests run on PGlite only.');
  }
  return projects;
}
