import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import pluma from './lint/layers.mjs';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/.out'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers of src/ (lint/layers.mjs): core ← storage ← state ← features ← app.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { pluma },
    rules: { 'pluma/layers': 'error' },
  },
  {
    // Storage and the worker have no UI: no React there.
    files: ['src/storage/**/*.ts', 'src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*'], message: 'No React here.' }] },
      ],
    },
  },
  {
    // The pure core runs in Node, in a worker and in the page: no DOM, React or storage here.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'Buffer',
        'self',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'idb', '@codemirror/view'],
              message: 'src/core is pure: no React, DOM or IndexedDB.',
            },
            {
              group: ['../state/*', '../storage/*', '../features/*', '../app/*'],
              message: 'Imports flow core → state → features → app.',
            },
          ],
        },
      ],
    },
  },
);
