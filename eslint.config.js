import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Layers import one way: core <- persistence <- state/editor <- features <- app (STYLE.md).
const layerZones = [
  { target: './src/core', from: './src', except: ['./core'] },
  { target: './src/persistence', from: './src', except: ['./core', './persistence'] },
  { target: './src/state', from: ['./src/features', './src/app', './src/editor', './src/cli'] },
  { target: './src/editor', from: ['./src/features', './src/app', './src/state', './src/cli'] },
  { target: './src/features', from: ['./src/app', './src/cli'] },
  // The workspace server imports the core and never the app.
  { target: './server', from: './src', except: ['./core'] },
];

const browserGlobalsInCore = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'DOMParser',
  'HTMLElement',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test/hugo/out',
      'public',
      'dev-dist',
      '.scratch-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/core stays free of React.' },
            { group: ['@tiptap/*'], message: 'src/core stays free of TipTap.' },
            { group: ['dexie', 'dexie-*'], message: 'src/core stays free of Dexie.' },
            { group: ['zustand', 'zustand/*'], message: 'src/core stays free of zustand.' },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/core runs in the browser too: no Node modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobalsInCore],
    },
  },
  {
    files: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
