import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadEnv } from '../env.ts';
import type { Env } from '../env.ts';
import { logger } from '../logger.ts';
import { openOrm, ormConfig } from '../db/orm.ts';
import type { MikroORM } from '../db/orm.ts';
import { seedDemoWorld } from '../db/seed.ts';
import { createServices } from '../services.ts';
import { createApp } from '../app.ts';
import { migrateJobQueue, startJobRunner } from '../jobs/runner.ts';
import type { JobRunner } from '../jobs/runner.ts';

export { DEMO_PASSWORD } from '../db/demo-world.ts';
export * from './graphql-client.ts';
export * from './ws-client.ts';

/** Fixed so tests can compute token hashes; never used outside tests. */
export const TEST_SESSION_SECRET = 'opcat-hub-test-session-secret-0123456789';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Runs one statement on the shared test server's admin database (CREATE/DROP DATABASE). */
async function adminExecute(sql: string): Promise<void> {
  const admin = await openOrm(inject('adminDatabaseUrl'), { pool: { min: 0, max: 1 } });
  try {
    await admin.em.getConnection().execute(sql);
  } finally {
    await admin.close(true);
  }
}

/** A fresh, empty database `test_<random>` on the run's PostgreSQL (see global-setup.ts). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminExecute(`CREATE DATABASE "${name}"`);
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminExecute(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * Opens the ORM the way the app does. Migrations are loaded with this module's `import`, so that
 * vitest transpiles their TypeScript (Node 20 cannot import .ts files by itself).
 */
export function openTestOrm(url: string): Promise<MikroORM> {
  return openOrm(url, {
    dynamicImportProvider: (id: string) => import(id),
    migrations: { ...ormConfig(url).migrations, silent: true },
  });
}

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port>/graphql */
  wsUrl: string;
  port: number;
  orm: MikroORM;
  env: Env;
  services: ReturnType<typeof createServices>;
  /** The server's job runner (tests may stop it, or start more with `startJobRunner`). */
  jobs: JobRunner;
  close(): Promise<void>;
}

/**
 * A real server on a free port over its own freshly migrated database with the demo world seeded
 * (demo accounts in db/demo-world.ts). `close()` stops everything and drops the database.
 */
export async function startTestServer(opts: { production?: boolean } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-data-'));
  const env = loadEnv({
    NODE_ENV: opts.production ? 'production' : 'test',
    SESSION_SECRET: TEST_SESSION_SECRET,
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: database.url,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
  });
  logger.level = env.LOG_LEVEL;
  const orm = await openTestOrm(database.url);
  try {
    await orm.getMigrator().up();
    await migrateJobQueue(database.url);
    const seeded = await seedDemoWorld(orm.em.fork());
    if (!seeded) throw new Error('the demo world was not seeded into a fresh database');
  } catch (error) {
    await orm.close(true);
    await database.drop();
    throw error;
  }
  const services = createServices(orm, env);
  const jobs = await startJobRunner(services, { connectionString: database.url });
  const app = await createApp(services);
  const port = await app.listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    orm,
    env,
    services,
    jobs,
    async close() {
      try {
        await app.close();
        await jobs.stop();
        await services.dispose();
        await orm.close(true);
      } finally {
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
