// Process boundaries are enforced here, not remembered:
// - src/ (renderer) never imports electron or node:*;
// - src/domain imports no React, Dexie, antd or DOM-bound code of ours;
// - dexie only inside src/db (and src/sync, which writes through one transaction);
// - electron/ never imports the renderer (except the shared DesktopApi contract).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'crypto'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mjs,js}', 'e2e/**/*.ts', '*.config.{ts,mjs}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeOnly, message: 'The renderer runs sandboxed: talk to the shell through src/platform only.' },
          { group: ['dexie', 'dexie-react-hooks'], message: 'Dexie belongs to src/db (repositories, queries, hooks).' },
        ],
      }],
    },
  },
  {
    files: ['src/db/**/*.{ts,tsx}', 'src/sync/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: nodeOnly, message: 'The renderer runs sandboxed: talk to the shell through src/platform only.' }],
      }],
    },
  },
  {
    // ui/ holds shared components only; the composition root (src/app) is the one place that knows every feature.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeOnly, message: 'The renderer runs sandboxed: talk to the shell through src/platform only.' },
          { group: ['dexie', 'dexie-react-hooks'], message: 'Dexie belongs to src/db (repositories, queries, hooks).' },
          { group: ['**/features/**', '**/app/**'], message: 'ui/ holds shared components: it imports no feature and not the app root.' },
        ],
      }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeOnly, message: 'domain/ is pure TypeScript: no Node or Electron.' },
          { group: ['react', 'react-*', 'react/*', 'antd', 'antd/*', 'dexie', 'dexie-*', 'i18next', '**/db/**', '**/ui/**', '**/features/**', '**/platform/**', '**/documents/**', '**/sync/**'],
            message: 'domain/ imports nothing of ours outside domain and no React, Dexie or i18n.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/src/ui/**', '**/src/features/**', '**/src/db/**', 'react', 'antd', 'dexie'], message: 'The shell does not import the renderer; share only src/platform/desktop-api.ts.' }],
      }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
