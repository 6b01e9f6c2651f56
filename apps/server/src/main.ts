import { loadEnv } from './env.ts';
import { logger } from './logger.ts';
import { startDatabase } from './db/database.ts';
import { openOrm } from './db/orm.ts';
import { seedDemoWorld } from './db/seed.ts';
import { createServices } from './services.ts';
import { migrateJobQueue, startJobRunner } from './jobs/runner.ts';
import { createApp } from './app.ts';

/** Composition root: configuration → database → migrations → demo data → job runner → one server on one port. */
async function main(): Promise<void> {
  const started = performance.now();
  const env = loadEnv();
  logger.level = env.LOG_LEVEL;
  const database = await startDatabase(env);
  const orm = await openOrm(database.url);
  const applied = await orm.getMigrator().up();
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (env.DEMO_SEED) {
    const seeded = await seedDemoWorld(orm.em.fork());
    if (seeded) printDemoAccounts(seeded);
  }
  // Before anything can enqueue; graphile-worker keeps its own schema and migrations.
  await migrateJobQueue(database.url);
  const services = createServices(orm, env);
  const jobs = await startJobRunner(services, { connectionString: database.url });
  const app = await createApp(services);
  const port = await app.listen(env.PORT);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info({ port, embeddedDatabase: database.embedded, seconds }, `opcat-hub ready on http://localhost:${port}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.close();
      // Running jobs finish; queued ones wait in PostgreSQL for the next start (or another instance).
      await jobs.stop();
      await services.dispose();
      await orm.close();
      await database.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

function printDemoAccounts(accounts: { email: string; password: string; organisation: string; role: string }[]) {
  const lines = accounts.map(
    (a) => `  ${a.email.padEnd(34)} ${a.password.padEnd(18)} ${a.role.padEnd(12)} ${a.organisation}`,
  );
  process.stdout.write(`\nDemo accounts (demo mode only; also listed in README.md):\n${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
  process.exit(1);
});
