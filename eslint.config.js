import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'timers', 'tls', 'url',
  'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'bench/results/'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The process boundaries of ../shared/docs/ARCHITECTURE.md.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node built-ins.' },
          { group: ['electron', 'electron/*', 'better-sqlite3'], message: 'shared/ must not depend on Electron or the database.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only from shared/.' },
          { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared/ must not depend on the DOM or React.' },
        ],
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node built-ins.' })),
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node process.' },
        { name: 'Buffer', message: 'shared/ has no Node Buffer.' },
        { name: 'require', message: 'shared/ has no Node require.' },
      ],
    },
  },
  {
    // One write path: only the workbook core talks to SQLite; the rest of the Node side uses its typed stores.
    files: ['electron/**/*.ts'],
    ignores: ['electron/workbook/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'better-sqlite3', message: 'Only electron/workbook talks to SQLite; use the Workbook and its stores.' }],
      }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name='sqliteForTests']",
        message: 'The raw connection is for tests and the benchmark; use a typed accessor of the Workbook.',
      }],
    },
  },
  {
    // The workbook core depends on nothing else of the Node side, so nothing can write around it or loop back into it.
    files: ['electron/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['../api/*', '../cli/*', '../export/*', '../main/*', '../preload/*', '../print/*', '../sync/*', '../webhost/*', '../../electron/*'],
          message: 'electron/workbook imports no other electron/ folder.',
        }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron', 'electron/*', 'better-sqlite3', 'node:*'], message: 'renderer/ talks to the Node side only through the typed API.' },
        ],
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'renderer/ runs in a browser: no Node built-ins.' })),
      }],
    },
  },
);
