// Plain JavaScript on purpose: Vitest loads config files with Node, which cannot import
// a workspace package's TypeScript. Types are in vitest-projects.d.ts.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The Vitest projects every package with database tests uses: plain unit tests,
 * integration tests (`*.int.test.ts`) on PGlite, and — when TEST_DATABASE_URL is
 * set — the very same integration tests on PostgreSQL. `seededTemplates` are global
 * setup files (absolute paths) that run after the engine's and call provideSeededTemplate.
 */
export function databaseProjects(options = {}) {
  const testTimeout = options.testTimeout ?? 30_000;
  // Integration files spend much of their time waiting on the database, so one worker more than
  // there are cores (Vitest's default is one fewer: a single worker on a 2-core CI machine). All
  // projects share it: Vitest refuses projects of one run with different maxWorkers.
  const maxWorkers = availableParallelism() + 1;
  // Files of a worker share its module graph instead of importing the router, Kysely and zod again
  // for each file: that import was half the CPU time of the API's integration tests. Each file
  // still opens its own database; no file may leave global state (timers, env) changed.
  const isolate = false;
  const seededTemplates = options.seededTemplates ?? [];
  const integration = (name, setup) => ({
    extends: true,
    test: { name, include: ['src/**/*.int.test.ts'], globalSetup: [here(setup), ...seededTemplates], testTimeout, hookTimeout: 60_000, maxWorkers, isolate },
  });
  const projects = [
    // testTimeout for units too: the lint-boundary tests start ESLint, which takes seconds on a loaded machine.
    { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.int.test.ts'], testTimeout, maxWorkers, isolate } },
    integration('int:pglite', './global-setup-pglite.ts'),
  ];
  if (process.env.TEST_DATABASE_URL) {
    projects.push(integration('int:postgres', './global-setup-postgres.ts'));
  } else {
    console.log('[liancha] TEST_DATABASE_URL is not set: integration tests run on PGlite only.');
  }
  return projects;
}
