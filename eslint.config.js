import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare builtin names are matched exactly (as `paths`), so a local './events' module is not mistaken for Node's.
const nodeBuiltinNames = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'stream',
  'url',
  'util',
  'events',
  'buffer',
  'http',
  'https',
  'net',
];
const nodeBuiltinPaths = nodeBuiltinNames.map((name) => ({ name, message: 'No Node I/O here.' }));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'bench/results/**',
      'test/artifacts/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The domain core is pure TypeScript: no Electron, React or Node I/O.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths,
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared is pure: no Electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-*'], message: 'src/shared is pure: no React.' },
            { group: ['node:*'], message: 'src/shared is pure: no Node I/O.' },
          ],
        },
      ],
    },
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
          paths: nodeBuiltinPaths,
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches main only through src/renderer/api.ts.',
            },
            { group: ['node:*'], message: 'The renderer has no Node access.' },
            { group: ['**/main/**', '../main/*'], message: 'The renderer imports only src/shared.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'pacto', message: 'Use src/renderer/api.ts.' },
      ],
    },
  },
);
