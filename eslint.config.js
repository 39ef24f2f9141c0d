// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { builtinModules } from 'node:module'
import { readdirSync } from 'node:fs'
import layers from './eslint/layers.js'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/**
 * Layering (ARCHITECTURE.md): shared/ is pure and imports nothing of the other layers; the
 * renderer never imports Electron or Node; the Electron shell never imports React or Dexie.
 * Each layer's allowed imports are stated here so that a wrong import fails the lint.
 */
const forbid = (
  /** @type {string[]} */ paths,
  /** @type {{group: string[], message: string}[]} */ patterns,
) => ({
  'no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message: `not allowed in this layer` })), patterns },
  ],
})

const rendererOrElectron = [
  {
    group: ['**/renderer/**', '../renderer', '../../renderer'],
    message: 'shared/ must not import the renderer',
  },
  {
    group: ['**/electron/**', '../electron', '../../electron'],
    message: 'shared/ must not import the Electron shell',
  },
]

/** What a screen may know of the data layer: the API, its live-query hooks, errors, settings. */
const DATA_API = [
  'renderer/data/api',
  'renderer/data/hooks',
  'renderer/data/errors',
  'renderer/data/SettingsContext',
]
const SCREEN_BASICS = ['shared', 'renderer/components', 'renderer/shell', ...DATA_API]
const features = readdirSync(new URL('./renderer/features', import.meta.url))
/** shared/'s folders and files, without extensions (shared/zod.ts is 'shared/zod'). */
const sharedParts = readdirSync(new URL('./shared', import.meta.url)).map(
  (name) => `shared/${name.replace(/\.ts$/, '')}`,
)
const SHARED_PACKAGES = [
  'zod',
  'docx',
  'diff',
  'fflate',
  'pinyin-pro',
  'chinese-days',
  'fractional-indexing',
  // Chart options are plain data; the report draws them with ECharts' server-side SVG renderer.
  'echarts',
]

/**
 * The layers as allow-lists of folders (and, for shared/, of packages). Features do not import
 * one another or the app; the generic record screens (renderer/records) serve every module.
 * @type {import('./eslint/layers.js').Layer[]}
 */
const LAYERS = [
  // The 公文 engine knows documents only: never the kinds, nor what generates documents from them.
  // It draws a chart block with the app's chart options (shared/charts) and ECharts.
  {
    name: 'shared/documents',
    files: ['shared/documents'],
    may: ['shared/documents', 'shared/charts', 'shared/text', 'shared/zod'],
    packages: ['zod', 'docx', 'echarts'],
  },
  // Kinds are read by generators, samples and Excel; they read none of those.
  {
    name: 'shared/kinds',
    files: ['shared/kinds'],
    may: sharedParts.filter(
      (part) => !['shared/generators', 'shared/samples', 'shared/excel'].includes(part),
    ),
    packages: SHARED_PACKAGES,
  },
  {
    name: 'shared',
    files: ['shared'],
    may: ['shared'],
    // Pure, portable libraries only: what runs the same in Node, the browser and tests.
    packages: SHARED_PACKAGES,
  },
  { name: 'renderer/data', files: ['renderer/data'], may: ['shared', 'renderer/data'] },
  { name: 'renderer/shell', files: ['renderer/shell'], may: ['shared', 'renderer/shell'] },
  { name: 'renderer/components', files: ['renderer/components'], may: SCREEN_BASICS },
  {
    name: 'renderer/records',
    files: ['renderer/records'],
    may: [...SCREEN_BASICS, 'renderer/records'],
  },
  ...features.map((feature) => ({
    name: `renderer/features/${feature}`,
    files: [`renderer/features/${feature}`],
    may: [...SCREEN_BASICS, 'renderer/records', `renderer/features/${feature}`],
  })),
  {
    name: 'renderer/app',
    files: ['renderer/app', 'renderer/main.tsx', 'renderer/theme.ts'],
    may: ['shared', 'renderer'],
  },
  { name: 'electron', files: ['electron'], may: ['shared', 'electron'] },
  {
    name: 'tools',
    files: [
      'tests',
      'scripts',
      'eslint',
      'renderer/vite.config.ts',
      'electron.vite.config.ts',
      'eslint.config.js',
      'playwright.config.ts',
      'vitest.config.ts',
    ],
    may: [''],
  },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { dropped: _dropped, ...rest } = value` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { layers },
    rules: {
      'layers/allowed-imports': ['error', { root: import.meta.dirname, layers: LAYERS }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      [
        'electron',
        'dexie',
        'dexie-react-hooks',
        'react',
        'react-dom',
        '@mui/material',
        ...nodeBuiltins,
      ],
      rendererOrElectron,
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ['electron', ...nodeBuiltins],
        [
          {
            group: ['**/electron/**', '../electron', '../../electron'],
            message: 'the renderer talks to the shell only through renderer/shell',
          },
          { group: ['dexie', 'dexie-react-hooks'], message: 'only renderer/data/ may use Dexie' },
        ],
      ),
    },
  },
  {
    files: ['renderer/data/**/*.ts'],
    rules: forbid(
      ['electron', ...nodeBuiltins],
      [
        {
          group: ['**/electron/**'],
          message: 'the renderer talks to the shell only through renderer/shell',
        },
      ],
    ),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(
      ['react', 'react-dom', 'dexie', 'dexie-react-hooks', '@mui/material'],
      [
        {
          group: ['**/renderer/**', '../renderer', '../../renderer'],
          message: 'the shell must not import the renderer',
        },
      ],
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      ['react', 'react-dom', 'dexie', ...nodeBuiltins],
      [{ group: ['**/renderer/**'], message: 'the preload must not import the renderer' }],
    ),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
