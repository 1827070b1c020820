import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser journeys live in e2e/ and run through vitest.e2e.config.ts
// (see scripts/test.mjs), so that `npm test` can say plainly when no Chromium is present.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Forms are driven keystroke by keystroke through user-event; on a shared 2-core
          // machine a long form takes more than the 5 s default without anything being wrong.
          testTimeout: 20_000,
        },
      },
    ],
    pool: 'forks',
    maxWorkers: 2,
  },
});
