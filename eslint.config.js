// One lint configuration for the whole monorepo; packages run `eslint src`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/.run-*/**', '**/.cache/**', '**/dist/**', '**/build/**', '**/.svelte-kit/**', '**/.data/**', 'e2e/output/**'],
  },
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
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Math.random is not replayable: derive randomness from a committed seed.',
        },
        {
          selector: "CallExpression[callee.property.name='formData'][arguments.length=0]",
          message: 'Read posted forms with FormReader.of(request) (@liancha/api-client/sveltekit): it answers 415/400 for bodies that are not form data instead of a 500.',
        },
      ],
    },
  },
  {
    // The API is another process: the portals and api-client take its router's types only, from
    // its one entry (docs/architecture.md, "The router type boundary").
    files: ['packages/api-client/**', 'apps/agency/**', 'apps/leadership/**', 'apps/public/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@liancha/api/router', allowTypeImports: true, message: 'Only `import type` from @liancha/api/router: the API ships no code to the portals.' }],
          patterns: [{ group: ['@liancha/api', '@liancha/api/*', '!@liancha/api/router'], message: 'The API is reached over HTTP; take its types with `import type` from @liancha/api/router.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
);
