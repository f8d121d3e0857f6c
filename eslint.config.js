// Lint: typescript-eslint plus the import boundaries of docs/ARCHITECTURE.md.
// The boundaries are what keep the privacy promise structural: content scripts (sites/) can't reach the store,
// and the pure analysis (nlp/, cadence/) can't reach the browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const forbid = (...groups) => ({
  'no-restricted-imports': ['error', {patterns: groups.map(([group, message]) => ({group, message}))}],
});

const browserApi = [['webextension-polyfill'], 'Pure code: no browser API. Pass what you need in.'];
const store = [['**/store/**', 'dexie', 'dexie-react-hooks'], 'Content scripts never open IndexedDB: send a message to the background.'];
const sites = [['**/sites/**'], 'The background and pages never import content-script code.'];
const ui = [['react', 'react-dom', '**/popup/**', '**/options/**'], 'No UI here.'];

export default tseslint.config(
  {ignores: ['dist/', 'dist-*/', 'node_modules/', 'artifacts/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', {allow: ['warn', 'error', 'info']}],
    },
  },
  {files: ['src/**/*.tsx'], plugins: {'react-hooks': reactHooks}, rules: reactHooks.configs.recommended.rules},
  {files: ['src/nlp/**', 'src/cadence/**', 'src/commitments/**', 'src/radar/**'], rules: forbid(browserApi, store, sites, ui, [['**/background/**', '**/settings/**'], 'Pure code stands alone.'])},
  {files: ['src/sites/**'], rules: forbid(store, [['**/background/**', '**/popup/**', '**/options/**'], 'Content scripts talk to the background by messages only.'])},
  {files: ['src/background/**'], rules: forbid(sites, ui)},
  {files: ['src/store/**'], rules: forbid(sites, ui, [['**/background/**'], 'The store knows nothing of who calls it.'])},
  {files: ['src/popup/**', 'src/options/**'], rules: forbid(sites, [['**/background/**'], 'Pages read the store and send messages; they never import the background.'])},
  {files: ['src/shared/**'], rules: forbid(store, sites, ui)},
  // Scripts, benchmarks and tests are Node programs that print.
  {files: ['scripts/**', 'bench/**', 'tests/**'], rules: {'no-console': 'off'}},
);
