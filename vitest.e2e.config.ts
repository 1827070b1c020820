import { configDefaults, defineConfig } from 'vitest/config';

// Browser journeys in a real Chromium against the real server (e2e/harness.ts). One file at a
// time: each starts its own server and browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    // Specs that need PostgreSQL (several server processes on one database) only when it is there.
    exclude: [...configDefaults.exclude, ...(process.env.TEST_DATABASE_URL ? [] : ['e2e/**/*.postgres.spec.ts'])],
    environment: 'node',
    globalSetup: ['e2e/build-ui.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
