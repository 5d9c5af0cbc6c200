// One linter for the whole repo. The import rules below are the process boundaries
// (shared/ is pure, only main/app/ and preload/ may touch electron, the renderer reaches
// the engine only through its client, renderer/client/) and, inside main/, the layer order of
// docs/architecture.md, with no import cycle anywhere.
import tseslint from 'typescript-eslint';
import local from './scripts/lint-rules/index.js';

/**
 * The layers of main/, bottom first. A file imports only from layers below its own
 * (and shared/); units of one layer are independent of each other. Units are folders (or
 * files) under main/.
 */
const MAIN_LAYERS = [
  // How every file LedgerBridge writes into the data dir is kept private to the owner (modes).
  // …and how the renderer's built files are served from a folder (the app:// protocol and the dev bridge).
  { name: 'files', units: ['private-files.ts', 'static-files.ts'] },
  // Each talks to one thing outside the process: e-conomic, a shop, SQLite, the keychain, SMTP, files.
  { name: 'adapters', units: ['connectors/economic', 'connectors/shops', 'ledger', 'log', 'mail', 'secrets', 'settings', 'licence', 'app-version.ts'] },
  // Pure rules and services over the adapters: order checks, owner notifications, the support bundle, which updates to take.
  { name: 'domain', units: ['validation', 'notify', 'support', 'updates'] },
  // One sync cycle and the order state machine, on its EngineContext alone.
  { name: 'engine', units: ['engine'] },
  // Credit notes, payments and the books-vs-shop report; injected into the engine by the runtime.
  { name: 'money flows', units: ['moneyflows'] },
  // The Runtime: wires adapters, engine and money flows for one data directory.
  { name: 'runtime', units: ['runtime'] },
  // What the owner asks of a Runtime: retry, status, activation, dry run, import.
  { name: 'operations', units: ['operations'] },
  // The two front doors: the desktop service behind the IPC contract, and the CLI.
  { name: 'front doors', units: ['service', 'cli'] },
  // The Electron shell (the only electron importer).
  { name: 'shell', units: ['app'] },
];

/** Beside the layers: used by tests, scripts and the demo, never shipped in the installed app. */
const MAIN_LEAVES = [
  { unit: 'sandbox', imports: [], importedBy: ['demo'], why: 'the local e-conomic, shops and SMTP; they share no code with the connectors they imitate' },
  { unit: 'demo', imports: ['*', 'sandbox'], lazilyImportedBy: ['cli/load-demo.ts'], why: 'everything the demo needs' },
  { unit: 'bridge', imports: ['static-files.ts'], why: 'the dev bridge serving the renderer in a plain browser' },
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'coverage/**', 'docs/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { local },
    rules: {
      'local/no-cycles': 'error',
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
    // A local date some days from another is counted by the calendar (daysBefore, nextDate in
    // shared/domain/local-day.ts), not as the local date of an instant moved by whole days of
    // 24 hours: across a change of the clocks, between 22:00 and 23:00 UTC, two such steps name
    // one date or skip one, and days that were to differ run together.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^(localDate|danishDate)$/] :matches(Identifier[name=/^DAY(_MS)?$/], Literal[value=86400000])',
          message: 'The local date of an instant moved by 24-hour days is off by one late in the evening across a change of the clocks: count by the calendar (daysBefore/nextDate in shared/domain/local-day.ts; calendarDaysAgo in test/helpers/local-days.ts).',
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'local/layers': ['error', { root: 'main', layers: MAIN_LAYERS, leaves: MAIN_LEAVES}] },
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
    // Tests import the tools they test (and the harness in main/demo/); tools never import tests.
    files: ['scripts/**/*.ts', 'scripts/**/*.js', 'scripts/**/*.mjs'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/test/**'], message: 'scripts/ never imports test/: move what both need into scripts/ or main/demo/.' }] }] },
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
            { group: ['**/main/**', '**/preload/**'], message: 'renderer/ reaches the engine only through renderer/client/.' },
          ],
        },
      ],
    },
  },
);
