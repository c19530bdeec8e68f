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
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
);
