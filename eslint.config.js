// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Plain JS scripts and config files are not in the TypeScript project: lint them without type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Astro frontmatter and inline scripts: the type-aware rules do not see Astro's own globals reliably.
    files: ['**/*.astro', '**/*.astro/*.ts', '*.astro/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The line between build time and the browser is a folder line (docs/architecture.md). Code the browser runs
    // or may run (models, charts, views, elements, lib, strings, and the pages' <script> blocks) cannot import
    // build-time code: the content collections, jsdom, Node modules or src/build. Types may cross the line:
    // they are erased before anything runs.
    files: [
      'src/{models,charts,views,elements,lib,strings}/**/*.ts',
      'src/**/*.astro/*.ts',
      'src/**/*.astro/*.js',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'url', 'module', 'os', 'child_process'].map((name) => ({
            name,
            message: 'Browser code cannot import Node modules.',
          })),
          patterns: [
            {
              group: ['astro:*', 'jsdom', 'node:*', '**/build/*'],
              message: 'Browser code cannot import build-time code (src/build, astro:content, jsdom, Node).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Models are pure: they run at build time, in the page and in a Web Worker. No DOM, no Node-only APIs.
    files: ['src/models/**/*.ts'],
    ignores: ['src/models/worker.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['d3-selection', 'd3', 'fs', 'path', 'node:fs', 'node:path', 'node:process'],
          patterns: [
            {
              group: ['../charts/*', '../elements/*', '../components/*'],
              message: 'Models know nothing of the page.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Take a seeded random source.' },
      ],
    },
  },
);
