import { loadEnv } from './env.ts';
import type { Env } from './env.ts';
import { logger } from './logger.ts';
import { prepareDatabase, startDatabase } from './db/database.ts';
import { seedDemoWorld } from './db/seed.ts';
import { sealPlaintextPersonalData } from './crypto/personal-data.ts';
import { DEMO_TWO_FACTOR_USER, seedDemoTwoFactorUser } from './db/demo-two-factor.ts';
import { createServices } from './services.ts';
import { startJobRunner } from './jobs/runner.ts';
import { createApp } from './app.ts';
import { createShutdown } from './shutdown.ts';
import type { Closeable } from './shutdown.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scheduleAuditCheckpoint, writeAuditCheckpoint } from './modules/audit/checkpoint.ts';

/**
 * Composition root: configuration → database → migrations and grants (as the owner) → the app's
 * role → demo data → job runner → one server on one port. Everything opened is recorded in
 * `opened`, so that a signal or a failure at any point closes what exists, in reverse: connections
 * drain first, running jobs finish, the audit log's head is signed, the database stops last.
 */
async function start(env: Env, opened: Closeable[]): Promise<number> {
  const began = performance.now();
  const database = await startDatabase(env);
  opened.push({ name: 'database', close: () => database.stop(), abandon: () => database.abandon() });
  const { orm, migrations } = await prepareDatabase(database, env);
  opened.push({ name: 'orm', close: () => orm.close() });
  if (migrations.length) logger.info({ migrations }, 'migrations applied');
  if (env.DEMO_SEED) {
    const seeded = await seedDemoWorld(orm.em.fork());
    if (seeded) printDemoAccounts(seeded);
    if (seeded && (await seedDemoTwoFactorUser(orm.em.fork(), env.MASTER_KEY))) {
      logger.info({ email: DEMO_TWO_FACTOR_USER.email }, 'demo account with two-factor on (TOTP secret: README)');
    }
  }
  const services = createServices(orm, env);
  // The data migration of decision 0026: personal data still in plain text (older rows, the demo seed) is sealed.
  const sealed = await sealPlaintextPersonalData(orm.em.fork() as EntityManager, services.keyRing);
  if (sealed) logger.info({ rows: sealed }, 'personal data sealed at rest');
  // Every collab append already received commits before the ORM and the database close.
  opened.push({ name: 'services', close: () => services.dispose() });
  // The last entries of this run are signed before the database stops (a job signs every AUDIT_CHECKPOINT_SECONDS).
  opened.push({ name: 'audit checkpoint', close: () => writeAuditCheckpoint(services).then(() => undefined) });
  const jobs = await startJobRunner(services, { connectionString: database.url });
  // Running jobs finish; queued ones wait in PostgreSQL for the next start (or another instance).
  opened.push({ name: 'jobs', close: () => jobs.stop() });
  await scheduleAuditCheckpoint({ services, em: orm.em.fork() as EntityManager });
  const app = await createApp(services);
  opened.push({ name: 'http', close: () => app.close() });
  const port = await app.listen(env.PORT);
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  logger.info({ port, embeddedDatabase: database.embedded, seconds }, `opcat-hub ready on http://localhost:${port}`);
  return port;
}

function main(): void {
  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'invalid configuration');
    process.exit(1);
  }
  logger.level = env.LOG_LEVEL;
  const opened: Closeable[] = [];
  let started: Promise<unknown> = Promise.resolve();
  const shutdown = createShutdown({
    opened,
    whenStarted: () => started,
    timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
  });
  // Before start-up, for two reasons: a Ctrl-C while PostgreSQL starts must stop it too (it runs in
  // a session of its own and does not hear the terminal), and importEmbeddedPostgres() removes the
  // signal listeners that appear while it imports.
  process.on('SIGINT', () => shutdown.begin('SIGINT'));
  process.on('SIGTERM', () => shutdown.begin('SIGTERM'));
  started = start(env, opened);
  started.catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    shutdown.begin('start-up failed', 1);
  });
}

function printDemoAccounts(accounts: { email: string; password: string; organisation: string; role: string }[]) {
  const lines = accounts.map(
    (a) => `  ${a.email.padEnd(34)} ${a.password.padEnd(18)} ${a.role.padEnd(12)} ${a.organisation}`,
  );
  process.stdout.write(`\nDemo accounts (demo mode only; also listed in README.md):\n${lines.join('\n')}\n\n`);
}

main();
