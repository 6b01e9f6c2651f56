/**
 * The bench's databases on the system PostgreSQL: one fresh database per size, migrated and
 * granted as the app does it (db/database.ts prepareDatabase, as the owner), with the demo world.
 */
import { ADMIN_URL, adminExecute } from '../shared.ts';
import { openOrm, ormConfig } from '../../apps/server/src/db/orm.ts';
import type { MikroORM } from '../../apps/server/src/db/orm.ts';
import { prepareDatabase } from '../../apps/server/src/db/database.ts';
import { seedDemoWorld } from '../../apps/server/src/db/seed.ts';
import { APP_ROLE, ensureLoginRoleSql } from '../../apps/server/src/db/roles.ts';
import type { Env } from '../../apps/server/src/env.ts';

/** The tests' password for the app's cluster-wide role (test/global-setup.ts), so both can share one PostgreSQL. */
const APP_PASSWORD = 'opcat-test-app';

export interface BenchDatabase {
  name: string;
  appUrl: string;
  ownerUrl: string;
}

export async function databaseExists(name: string): Promise<boolean> {
  const admin = await openOrm(ADMIN_URL, { pool: { min: 0, max: 1 } });
  try {
    const rows = await admin.em
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from pg_database where datname = ?', [name]);
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await admin.close(true);
  }
}

export function benchDatabase(name: string): BenchDatabase {
  const owner = new URL(ADMIN_URL);
  owner.pathname = `/${name}`;
  const app = new URL(owner);
  app.username = APP_ROLE;
  app.password = APP_PASSWORD;
  return { name, ownerUrl: owner.toString(), appUrl: app.toString() };
}

export function openBenchOrm(url: string, poolMax?: number): Promise<MikroORM> {
  return openOrm(url, {
    dynamicImportProvider: (id: string) => import(id),
    migrations: { ...ormConfig(url).migrations, silent: true },
    ...(poolMax ? { pool: { min: 0, max: poolMax } } : {}),
  });
}

/** Drops and creates `name`, migrates it as the owner, grants the app's role and seeds the demo world. */
export async function createBenchDatabase(name: string, env: Env): Promise<BenchDatabase> {
  const db = benchDatabase(name);
  await adminExecute(ensureLoginRoleSql(APP_ROLE, APP_PASSWORD));
  await adminExecute(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminExecute(`CREATE DATABASE "${name}"`);
  const { orm } = await prepareDatabase(
    { url: db.appUrl, ownerUrl: db.ownerUrl, embedded: false, stop: async () => {}, abandon: () => {} },
    env,
    (url) => openBenchOrm(url),
  );
  try {
    if (!(await seedDemoWorld(orm.em.fork()))) throw new Error(`the demo world was not seeded into ${name}`);
  } finally {
    await orm.close(true);
  }
  return db;
}

export { adminExecute };
