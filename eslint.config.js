// Lint rules, including the layer arrows of DESIGN.md: a wrong import fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ours = (names, message) => ({
  regex: `^(\\.\\.?/)+(.*/)?(${names.join('|')})(/|$)`,
  message,
});
const pkgs = (names, message) => ({ group: names, message });

const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'];

const corePatterns = [
  ours(
    ['store', 'services', 'shared', 'main', 'preload', 'renderer', 'cli'],
    'core is pure: it imports only core.',
  ),
  pkgs(
    ['electron', 'react', 'react-dom', 'lowdb', 'lowdb/*', ...NODE],
    'core is pure: no electron, node, React or storage.',
  ),
];

/** Per-folder import restrictions: imports point down the layer list only. */
const layerRules = [
  {
    files: ['src/core/formats/**'],
    patterns: corePatterns,
  },
  {
    // citation-js registers plugins globally on import: src/core/formats/ alone imports it.
    files: ['src/core/**'],
    ignores: ['src/core/formats/**'],
    patterns: [
      ...corePatterns,
      pkgs(['@citation-js/*'], 'citation-js is imported in src/core/formats/ only.'),
    ],
  },
  {
    files: ['src/store/**'],
    patterns: [
      ours(
        ['services', 'shared', 'main', 'preload', 'renderer', 'cli'],
        'store imports only core.',
      ),
      pkgs(
        ['electron', 'react', 'react-dom', '@citation-js/*'],
        'store has no electron, React or citation-js.',
      ),
    ],
  },
  {
    files: ['src/services/**'],
    patterns: [
      ours(['main', 'preload', 'renderer', 'cli'], 'services import core and store only.'),
      pkgs(
        ['electron', 'react', 'react-dom', '@citation-js/*'],
        'services have no electron, React; formats live in core/formats.',
      ),
    ],
  },
  {
    files: ['src/shared/**'],
    patterns: [
      ours(
        ['store', 'services', 'main', 'preload', 'renderer', 'cli'],
        'shared is the IPC contract: types and schemas only.',
      ),
      pkgs(
        ['electron', 'react', 'lowdb', '@citation-js/*', ...NODE],
        'shared is the IPC contract: types and schemas only.',
      ),
    ],
  },
  {
    files: ['src/main/**'],
    patterns: [
      ours(
        ['renderer', 'preload', 'cli'],
        'main binds the contract to services; it does not import UI or CLI code.',
      ),
      pkgs(['react', 'react-dom', '@citation-js/*'], 'main is Electron glue only.'),
    ],
  },
  {
    files: ['src/preload/**'],
    patterns: [
      ours(
        ['core', 'store', 'services', 'main', 'renderer', 'cli'],
        'preload exposes the contract only.',
      ),
      pkgs(['react', 'lowdb', '@citation-js/*', ...NODE], 'preload exposes the contract only.'),
    ],
  },
  {
    files: ['src/renderer/**'],
    patterns: [
      ours(
        ['store', 'services', 'main', 'preload', 'cli'],
        'renderer talks to the app through api/ (window.scholion) only.',
      ),
      pkgs(
        ['electron', 'lowdb', 'lowdb/*', '@citation-js/*', ...NODE],
        'renderer runs sandboxed: no electron, node or storage.',
      ),
    ],
  },
  {
    files: ['src/cli/**'],
    patterns: [
      ours(['main', 'preload', 'renderer'], 'the CLI runs over services, without Electron.'),
      pkgs(
        ['electron', 'react', 'react-dom', '@citation-js/*'],
        'the CLI runs over services, without Electron.',
      ),
    ],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'bench/data/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layerRules.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
);
