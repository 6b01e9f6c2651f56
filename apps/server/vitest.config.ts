import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (`main`) and ESM (`module`) copies. Node (and tsx in production) loads the
    // CJS one for Apollo, graphql-ws and our code alike; vite would pick the ESM one for our code,
    // giving two graphql realms ("Cannot use GraphQLNonNull from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    // Every file gets its own database and server, so files can run side by side (2 cores here).
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // A worker runs file after file without loading every module again: each file's import took
    // ~3.7 s (372 s of the suite's 738 s in all on a 2-core EPYC), for state no file shares anyway.
    // Measured on the whole suite: 738 → 467 s, the same 638 tests passing.
    isolate: false,
    hookTimeout: 60_000,
    testTimeout: 30_000,
    teardownTimeout: 30_000,
    // Logged by express and graphql-ws when the size-limit tests do what they are meant to do.
    onConsoleLog: (log) => !/PayloadTooLargeError|Max payload size exceeded/.test(log),
  },
});
