import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Every Node built-in by its bare name ('fs', 'fs/promises', …); `node:*` is a pattern below. */
const bareBuiltins = (message) => builtinModules.map((name) => ({ name, message }));

/**
 * Globals src/shared must not use: the browser's and Node's, but for the two
 * both provide that types/shared-globals.d.ts declares. tsc refuses the rest
 * too (tsconfig.shared.json has neither DOM nor Node types); this says it sooner.
 */
const sharedAllowedGlobals = new Set(['URL', 'structuredClone']);
const sharedForbiddenGlobals = [
  ...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)]),
]
  .filter((name) => !sharedAllowedGlobals.has(name))
  .map((name) => ({ name, message: 'shared runs everywhere: no DOM or Node globals.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'scripts/**',
      'tests/**',
      'src/main/**',
      'src/server/**',
      '*.config.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltins('The renderer runs sandboxed in a browser.'),
          patterns: [
            {
              group: ['**/main/**', '**/server/**', '**/preload/**'],
              message: 'The renderer talks to main only through window.cercle.',
            },
            {
              group: ['electron', 'node:*'],
              message: 'The renderer runs sandboxed in a browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltins('shared is pure: no electron, node or DOM.'),
          patterns: [
            {
              group: ['**/main/**', '**/server/**', '**/renderer/**', '**/preload/**'],
              message: 'shared imports nothing of ours.',
            },
            {
              group: ['electron', 'node:*', 'react', 'react-dom'],
              message: 'shared is pure: no electron, node or DOM.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...sharedForbiddenGlobals],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: 'Nothing imports from the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/services/**/*.ts', 'src/main/db/**/*.ts', 'src/main/core.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message: 'Services, db and server run under plain Node: no electron here.',
            },
            { group: ['**/renderer/**'], message: 'Nothing imports from the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The server runs alone (npm run server) as well as inside the app: it may
    // use shared code, never the desktop's. What both need lives in shared
    // (pure) or in server (Node); main may import from server, not the reverse.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/main', '**/preload/**'],
              message: 'The session server imports nothing from the desktop app (src/main).',
            },
            {
              group: ['electron'],
              message: 'Services, db and server run under plain Node: no electron here.',
            },
            { group: ['**/renderer/**'], message: 'Nothing imports from the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
  },
);
