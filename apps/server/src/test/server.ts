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
import { prepareDatabase } from '../db/database.ts';
import { seedDemoWorld } from '../db/seed.ts';
import { sealPlaintextPersonalData } from '../crypto/personal-data.ts';
import { createServices } from '../services.ts';
import { createApp } from '../app.ts';
import { startJobRunner } from '../jobs/runner.ts';
import type { JobRunner } from '../jobs/runner.ts';

export { DEMO_PASSWORD } from '../db/demo-world.ts';
export * from './graphql-client.ts';
export * from './ws-client.ts';

/** Fixed so tests can compute token hashes; never used outside tests. */
export const TEST_SESSION_SECRET = 'opcat-hub-test-session-secret-0123456789';
/** Fixed so tests can seal audit entries and checkpoints themselves; never used outside tests. */
export const TEST_AUDIT_KEY = 'opcat-hub-test-audit-key-0123456789abcdef';
/** Fixed so tests can read sealed columns themselves; never used outside tests (32 bytes, base64url). */
export const TEST_MASTER_KEY = 'b3BjYXQtaHViLXRlc3QtbWFzdGVyLWtleS0wMTIzNDU';

/** One database, reached the two ways the app reaches its own. */
export interface TestDatabase {
  name: string;
  /** As the app's role (see global-setup.ts): ordinary DML, only SELECT and INSERT on audit_event. */
  appUrl: string;
  /** As the owner: migrations, grants, and tests that play someone bypassing the app. */
  ownerUrl: string;
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
  const owner = new URL(inject('adminDatabaseUrl'));
  owner.pathname = `/${name}`;
  const app = new URL(owner);
  app.username = encodeURIComponent(inject('appRole').user);
  app.password = encodeURIComponent(inject('appRole').password);
  return {
    name,
    appUrl: app.toString(),
    ownerUrl: owner.toString(),
    drop: () => adminExecute(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

function testEnv(database: TestDatabase, dataDir: string, production = false, extra: Record<string, string> = {}): Env {
  return loadEnv({
    NODE_ENV: production ? 'production' : 'test',
    SESSION_SECRET: TEST_SESSION_SECRET,
    AUDIT_KEY: TEST_AUDIT_KEY,
    MASTER_KEY: TEST_MASTER_KEY,
    DATA_DIR: dataDir,
    PORT: '0',
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'error',
    ...extra,
  });
}

/**
 * Migrates as the owner and grants the app's role its privileges, as `main.ts` does; returns an
 * ORM on the app's role (close it).
 */
export async function migrateTestDatabase(database: TestDatabase): Promise<MikroORM> {
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-data-'));
  try {
    const { orm } = await prepareDatabase(
      { url: database.appUrl, ownerUrl: database.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} },
      testEnv(database, dataDir),
      openTestOrm,
    );
    return orm;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
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
  /** Connected as the app's role, like the server's own. */
  orm: MikroORM;
  /** Connected as the owner, for tests that play someone going around the app. */
  ownerOrm: MikroORM;
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
export async function startTestServer(
  opts: {
    production?: boolean;
    /** More configuration (SMTP_URL, REDIS_URL…). */ env?: Record<string, string>;
    /** False: migrations only, an empty database (onboarding starts from nothing). */
    seed?: boolean;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-data-'));
  const env = testEnv(database, dataDir, opts.production, opts.env);
  logger.level = env.LOG_LEVEL;
  let orm: MikroORM | undefined;
  let ownerOrm: MikroORM | undefined;
  try {
    orm = (
      await prepareDatabase(
        { url: database.appUrl, ownerUrl: database.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} },
        env,
        openTestOrm,
      )
    ).orm;
    const seeded = opts.seed === false ? [] : await seedDemoWorld(orm.em.fork());
    if (!seeded) throw new Error('the demo world was not seeded into a fresh database');
    ownerOrm = await openTestOrm(database.ownerUrl);
  } catch (error) {
    await orm?.close(true);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const services = createServices(orm, env);
  // As main.ts does: the demo world's personal data is sealed at rest before the server answers.
  await sealPlaintextPersonalData(orm.em.fork(), services.keyRing);
  const jobs = await startJobRunner(services, { connectionString: database.appUrl });
  const app = await createApp(services);
  const port = await app.listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    orm,
    ownerOrm,
    env,
    services,
    jobs,
    async close() {
      try {
        await app.close();
        await jobs.stop();
        await services.dispose();
        await orm.close(true);
        await ownerOrm.close(true);
      } finally {
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
