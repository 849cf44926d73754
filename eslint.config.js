// @ts-check
import js from '@eslint/js'
import solid from 'eslint-plugin-solid/configs/typescript'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** STYLE.md's import directions, enforced: shared is imported by all; main and renderer never meet. */
const restrict = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map(([group, message]) => ({ group, message })) },
  ],
})
const NODE = [['node:*', 'electron', 'electron/*'], 'Node and Electron belong in src/main.']
const SOLID = [['solid-js', 'solid-js/*'], 'Solid belongs in src/renderer.']
const MAIN = [['**/main', '**/main/**'], 'Only main imports main.']
const RENDERER = [['**/renderer', '**/renderer/**'], 'Only the renderer imports the renderer.']
const PRELOAD = [['**/preload', '**/preload/**'], 'Nothing imports the preload.']
const TEST_SUPPORT = [
  ['**/test-support', '**/test-support/**'],
  'test-support/ is for tests, e2e and the bench; the app never ships it.',
]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    // Pure code: no DOM and no Node globals either.
    languageOptions: { globals: { ...globals.es2023 } },
    rules: restrict(NODE, SOLID, MAIN, RENDERER, PRELOAD, TEST_SUPPORT),
  },
  {
    // Tests of pure shared code may read the real articles from disk and parse them with main's
    // parser; the shipped shared code may not.
    files: ['src/shared/**/*.test.ts'],
    rules: restrict(SOLID, RENDERER, PRELOAD),
  },
  { files: ['src/main/**/*.ts'], rules: restrict(SOLID, RENDERER, PRELOAD, TEST_SUPPORT) },
  { files: ['src/main/**/*.test.ts'], rules: restrict(SOLID, RENDERER, PRELOAD) },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(SOLID, MAIN, RENDERER, PRELOAD, [
      ['node:*'],
      'The sandboxed preload has no Node.',
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...solid,
    languageOptions: { ...solid.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...solid.rules,
      ...restrict(NODE, MAIN, PRELOAD, TEST_SUPPORT),
      // Solid assigns `ref={el}` variables in compiled JSX, which this rule cannot see.
      'no-unassigned-vars': 'off',
    },
  },
  // Component tests take their fakes from test-support/, as main's tests do.
  { files: ['src/renderer/**/*.test.{ts,tsx}'], rules: restrict(NODE, MAIN, PRELOAD) },
)
