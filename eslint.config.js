// One linter for the whole repo. The import rules below are the process boundaries
// of DESIGN.md §2: shared/ is pure, only main/app/ and preload/ may touch electron,
// and the renderer reaches the engine only through its bridge.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'coverage/**', 'docs/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      'prefer-const': 'error',
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['electron', 'better-sqlite3', 'axios', 'react', 'react-dom', '@napi-rs/*', 'nodemailer'], message: 'shared/ is pure: no native, IO or UI libraries.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared/ imports only itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Only main/app/ may import electron: the engine runs headless too.' },
            { group: ['**/renderer/**', '**/preload/**'], message: 'main/ does not import other processes.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main/ does not import other processes.' }] }],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...nodeBuiltins, '**/main/**', '**/renderer/**'], message: 'preload/ may use electron and shared/ only.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron', 'better-sqlite3', 'axios', '@napi-rs/*'], message: 'renderer/ runs in the browser.' },
            { group: ['**/main/**', '**/preload/**'], message: 'renderer/ reaches the engine only through its bridge.' },
          ],
        },
      ],
    },
  },
);
