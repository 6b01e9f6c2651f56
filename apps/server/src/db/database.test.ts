import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env.ts';
import {
  createTestDatabase,
  openTestOrm,
  TEST_AUDIT_KEY,
  TEST_MASTER_KEY,
  TEST_SESSION_SECRET,
} from '../test/server.ts';
import type { TestDatabase } from '../test/server.ts';
import { prepareDatabase } from './database.ts';
import type { Database } from './database.ts';

let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-roles-'));
});

afterAll(async () => {
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function productionEnv(urls: { url: string; ownerUrl: string | null }) {
  return loadEnv({
    NODE_ENV: 'production',
    DATABASE_URL: urls.url,
    ...(urls.ownerUrl ? { DATABASE_OWNER_URL: urls.ownerUrl } : {}),
    SESSION_SECRET: TEST_SESSION_SECRET,
    AUDIT_KEY: TEST_AUDIT_KEY,
    MASTER_KEY: TEST_MASTER_KEY,
    DATA_DIR: dataDir,
  });
}

function external(url: string, ownerUrl: string | null): Database {
  return { url, ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} };
}

describe('prepareDatabase', () => {
  it('refuses a production start whose DATABASE_URL role could rewrite the audit log', async () => {
    // The owner (here a superuser) as the app's only URL: migrations run, then the check refuses.
    const urls = { url: database.ownerUrl, ownerUrl: null };
    await expect(prepareDatabase(external(urls.url, null), productionEnv(urls), openTestOrm)).rejects.toThrow(
      /role postgres is a superuser, may UPDATE, DELETE, TRUNCATE audit_event, so the audit log could be rewritten without trace.*DATABASE_OWNER_URL/,
    );
  });

  it('grants the app role of DATABASE_URL its rights from DATABASE_OWNER_URL, idempotently, for future tables too', async () => {
    const urls = { url: database.appUrl, ownerUrl: database.ownerUrl };
    for (let start = 0; start < 2; start++) {
      const { orm } = await prepareDatabase(external(urls.url, urls.ownerUrl), productionEnv(urls), openTestOrm);
      await orm.close(true);
    }
    const owner = await openTestOrm(database.ownerUrl);
    const app = await openTestOrm(database.appUrl);
    try {
      // A table a later migration creates: reachable by the app without another grant.
      await owner.em.getConnection().execute('create table later_table (id bigserial primary key, note text)');
      await app.em.getConnection().execute("insert into later_table (note) values ('ok')");
      await expect(
        app.em.getConnection().execute("insert into mikro_orm_migrations (name) values ('forged')"),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await app.close(true);
      await owner.close(true);
    }
  });
});
