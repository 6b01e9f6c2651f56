import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The server runs inside the test process: like apps/server/vitest.config.ts, load graphql's CJS
    // copy for our code too, or Apollo and the schema end up in two graphql realms.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    environment: 'node',
    include: ['src/**/*.e2e.test.ts'],
    // The server's: one PostgreSQL for the run (embedded, or TEST_DATABASE_URL); each file makes its own database.
    globalSetup: ['../server/src/test/global-setup.ts'],
    // One Chromium at a time: two cores here, and a browser plus a server per file is enough load.
    pool: 'forks',
    fileParallelism: false,
    // One process for every file (each still makes its own database, server and browser), as the
    // server's suite does: 694 → 576 s for the 48 tests on a 2-core EPYC.
    isolate: false,
    hookTimeout: 120_000,
    testTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
