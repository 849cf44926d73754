import { availableParallelism } from 'node:os'
import solid from 'vite-plugin-solid'
import { defineConfig } from 'vitest/config'

// Long-running tests (crash loops, long reads) are named *.slow.test.ts: `npm run check` leaves
// them out so it stays quick; the README's test command runs them too.
const SLOW = '**/*.slow.test.ts'
// Tests against outside references that cannot be shipped here (the W3C Web Annotation suite,
// third-party data kept out of the repository): `npm run test:conformance`, given a copy (see
// test-support/w3c-annotation/README.md).
const CONFORMANCE = '**/*.conformance.test.ts'

const NODE_TESTS = [
  'src/main/**/*.test.ts',
  'src/shared/**/*.test.ts',
  'src/preload/**/*.test.ts',
  'scripts/**/*.test.ts',
  // Pure renderer modules (no DOM) are tested in Node too.
  'src/renderer/src/**/*.test.ts',
]

export default defineConfig({
  test: {
    // Vitest keeps a core free by default, which on a two-core machine halves the suite's speed.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: NODE_TESTS,
          exclude: [SLOW, CONFORMANCE],
        },
      },
      { test: { name: 'slow', environment: 'node', include: [SLOW] } },
      { test: { name: 'conformance', environment: 'node', include: [CONFORMANCE] } },
      {
        // Components, rendered by Solid's browser build into jsdom (@solidjs/testing-library).
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/renderer/src/**/*.test.tsx'],
          setupFiles: ['test-support/dom-setup.ts'],
        },
      },
    ],
  },
})
