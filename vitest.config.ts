import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/main/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'scripts/**/*.test.ts',
            // Pure renderer modules (no DOM) are tested in Node too.
            'src/renderer/src/**/*.test.ts',
          ],
        },
      },
    ],
  },
})
