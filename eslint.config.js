// One lint configuration for the whole monorepo; packages run `eslint src`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** Lint rules every file keeps. */
const everywhere = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'Math.random is not replayable: derive randomness from a committed seed.',
  },
  {
    selector: "CallExpression[callee.property.name='formData'][arguments.length=0]",
    message:
      'Read posted forms with FormReader.of(request) (@liancha/api-client/sveltekit): it answers 415/400 for bodies that are not form data instead of a 500.',
  },
];

const SQL_HOME = 'SQL lives in packages/db repositories: call one (or add one there) instead of building a query here.';
/** Building or running a query: only packages/db may (tests may read and tamper stored rows). */
const queries = [
  { selector: 'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]', message: SQL_HOME },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: SQL_HOME },
  { selector: "CallExpression[callee.object.name='sql']", message: SQL_HOME },
];

const kysely = { name: 'kysely', allowTypeImports: true, message: SQL_HOME };
const dbTesting = { name: '@liancha/db/testing', message: 'Test factories and the test database are for tests and their fixtures only.' };
const PORTALS_ASK = 'Portals ask the API (@liancha/api-client); only apps/api opens the database.';
const noDatabase = ['@liancha/db', 'kysely', 'postgres', '@electric-sql/pglite'];

/** Files that only tests run: tests themselves, fixtures, benches. */
const testFiles = ['**/*.test.ts', '**/src/testing/**', '**/src/test-support/**', 'apps/api/src/permissions/**', '**/bench/**'];
const testsOnly = ['**/*.test.ts'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/.run-*/**', '**/.cache/**', '**/dist/**', '**/build/**', '**/.svelte-kit/**', '**/.data/**', 'e2e/output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The portals are served at the root (no `paths.base`), so plain hrefs are correct.
      'svelte/no-navigation-without-resolve': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...everywhere, ...queries],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [kysely, dbTesting] }],
    },
  },
  // Fixtures may use the test factories; they still build no query of their own.
  { files: testFiles, rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [kysely] }] } },
  // Tests may read and tamper stored rows directly to check what the code stored.
  { files: testsOnly, rules: { 'no-restricted-syntax': ['error', ...everywhere], '@typescript-eslint/no-restricted-imports': 'off' } },
  // The database package is where SQL lives.
  { files: ['packages/db/**'], rules: { 'no-restricted-syntax': ['error', ...everywhere], '@typescript-eslint/no-restricted-imports': 'off' } },
  // authz compiles CASL rules into Kysely where-expressions (sub-selects included) that repositories
  // run; its agreement tests run those expressions against every table.
  {
    files: ['packages/authz/src/accessible-by.ts', 'packages/authz/src/virtual-fields.ts', 'packages/authz/src/test-support/queries.ts'],
    rules: { 'no-restricted-syntax': ['error', ...everywhere], '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // Benchmarks build their data sets in bulk, and the browser suite drops and recreates its own
  // database: administration of a test database, not product queries.
  {
    files: ['**/bench/**', 'e2e/fixtures/reset-database.mjs'],
    rules: { 'no-restricted-syntax': ['error', ...everywhere], '@typescript-eslint/no-restricted-imports': 'off' },
  },
  // The domain is pure: no Node built-ins, no database, no I/O.
  {
    files: ['packages/domain/src/**'],
    ignores: testsOnly,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...builtinModules, ...noDatabase].map((name) => ({
            name,
            message: 'packages/domain is pure: no Node built-ins, database or I/O (do that in apps/api).',
          })),
          patterns: [{ group: ['node:*'], message: 'packages/domain is pure: no Node built-ins (do that in apps/api).' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'process', 'require', 'XMLHttpRequest', 'WebSocket', 'Buffer'].map((name) => ({
          name,
          message: 'packages/domain is pure: no I/O or process state.',
        })),
      ],
    },
  },
  // The portals ask the API; they never open the database. The API is another process: the portals
  // and api-client take its router's types only, from its one entry (docs/architecture.md, "The
  // router type boundary"). One block, because a later block naming the same rule replaces it.
  {
    files: ['packages/api-client/**', 'apps/agency/**', 'apps/leadership/**', 'apps/public/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...noDatabase.map((name) => ({ name, message: PORTALS_ASK })),
            {
              name: '@liancha/api/router',
              allowTypeImports: true,
              message: 'Only `import type` from @liancha/api/router: the API ships no code to the portals.',
            },
          ],
          patterns: [
            { group: ['@liancha/db/*'], message: PORTALS_ASK },
            {
              group: ['@liancha/api', '@liancha/api/*', '!@liancha/api/router'],
              message: 'The API is reached over HTTP; take its types with `import type` from @liancha/api/router.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.svelte', '**/*.svelte.ts'], languageOptions: { parserOptions: { parser: tseslint.parser } } },
);
