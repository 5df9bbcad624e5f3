// The linter holds the rules a reviewer would otherwise have to remember: above all the layers
// (README, "Layout"). Formatting is Prettier's job (.prettierrc.json); eslint-config-prettier turns
// off the stylistic rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports forbidden in a layer, as `no-restricted-imports` patterns with the reason shown to whoever breaks the rule. */
const forbid = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const OUTSIDE_CORE = [
  [
    ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**', '**/shared/**'],
    'src/core is the domain: it imports no other layer of the app.',
  ],
  [
    ['dexie', 'dexie/*', 'preact', 'preact/*', '@preact/*', 'electron', 'electron/*', 'i18next'],
    'src/core runs in the renderer, main and CLI alike: no Dexie, Preact, Electron or UI i18n.',
  ],
  [
    ['node:*', 'fs', 'path', 'os', 'child_process', 'zlib', 'crypto'],
    'src/core runs in the browser too: the host injects what it needs from Node.',
  ],
];

/** Globals that exist in only one host (the DOM, or Node): the domain must not reach for them. */
const HOST_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'self',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
].map((name) => ({ name, message: 'src/core is host-neutral: take this from the caller instead.' }));

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', 'docs/**', 'resources/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A runtime import cycle makes module order matter; type-only imports are ignored by the rule.
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off', // the file-format and text modules match control characters on purpose
    },
  },
  // The domain layer.
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      ...forbid(OUTSIDE_CORE),
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  // The typed contract between renderer and main: types, channel names and validation only.
  {
    files: ['src/shared/**'],
    rules: forbid([
      [
        ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'],
        'src/shared is the contract both sides import; it imports neither side.',
      ],
      [['electron', 'dexie', 'preact', 'preact/*'], 'src/shared is plain TypeScript shared by main, preload and renderer.'],
    ]),
  },
  // Electron's main process and the preload bridge.
  {
    files: ['src/main/**'],
    rules: forbid([
      [['**/renderer/**', '**/preload/**', '**/cli/**'], 'The main process talks to the renderer only through src/shared/bridge.ts.'],
    ]),
  },
  {
    files: ['src/preload/**'],
    rules: forbid([
      [
        ['**/renderer/**', '**/main/**', '**/cli/**', '**/core/**'],
        'The sandboxed preload only forwards the bridge: it imports src/shared and electron, nothing else.',
      ],
    ]),
  },
  // The live-sync relay (y-websocket server): Node code run by the main process and by `npm start`'s web server.
  {
    files: ['src/relay/**'],
    rules: {
      ...forbid([
        [
          ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**'],
          'The relay is shared by main and the web server: it imports neither.',
        ],
        [['electron', 'electron/*', 'dexie', 'dexie/*', 'preact', 'preact/*', 'i18next'], 'The relay runs in plain Node, with no UI.'],
      ]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location'].map((name) => ({
          name,
          message: 'The relay runs in Node: there is no DOM here.',
        })),
      ],
    },
  },
  // The command line: the domain plus Node, never the UI or Electron.
  {
    files: ['src/cli/**'],
    rules: forbid([
      [['**/renderer/**', '**/main/**', '**/preload/**'], 'The CLI is built on src/core alone.'],
      [['electron', 'dexie', 'preact', 'preact/*'], 'The CLI runs in plain Node.'],
    ]),
  },
  // The renderer: only the store touches Dexie, only the platform pair touches the bridge.
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/store/**'],
    rules: {
      ...forbid([
        [['dexie', 'dexie/*'], 'Only src/renderer/store talks to Dexie; use the store functions and live queries.'],
        [
          ['**/main/**', '**/preload/**', '**/cli/**', 'electron'],
          'The renderer reaches Electron only through window.relator, wrapped by src/renderer/platform.',
        ],
        [['**/store/db', '**/store/schema', '**/store/tx'], 'The database itself stays inside the store: import from store/index.'],
      ]),
    },
  },
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Any `.relator` member: `window.relator`, `globalThis.relator`, `(window as X).relator`.
          selector: "MemberExpression[property.name='relator']",
          message: 'The desktop bridge is wrapped by src/renderer/platform; call the platform instead.',
        },
      ],
    },
  },
  {
    // Tests build broken and hostile files on purpose: loosely typed JSON is the point there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
