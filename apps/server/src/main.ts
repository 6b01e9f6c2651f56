import { loadEnv } from './env.ts';
import { logger } from './logger.ts';
import { prepareDatabase, startDatabase } from './db/database.ts';
import { seedDemoWorld } from './db/seed.ts';
import { createServices } from './services.ts';
import { createApp } from './app.ts';
import { writeAuditCheckpoint } from './modules/audit/checkpoint.ts';

/**
 * Composition root: configuration → database → migrations and grants (as the owner) → the app's
 * role → demo data → one server on one port, with the audit log's head signed on a timer.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const env = loadEnv();
  logger.level = env.LOG_LEVEL;
  const database = await startDatabase(env);
  const { orm, migrations } = await prepareDatabase(database, env).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  if (migrations.length) logger.info({ migrations }, 'migrations applied');
  if (env.DEMO_SEED) {
    const seeded = await seedDemoWorld(orm.em.fork());
    if (seeded) printDemoAccounts(seeded);
  }
  const services = createServices(orm, env);
  // Until the job runner schedules it: a failed checkpoint is logged, never fatal to the server.
  const checkpoint = () =>
    writeAuditCheckpoint(services).catch((error: unknown) => logger.error({ err: error }, 'audit checkpoint failed'));
  await checkpoint();
  const checkpoints = setInterval(() => void checkpoint(), env.AUDIT_CHECKPOINT_SECONDS * 1000);
  checkpoints.unref();
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
      clearInterval(checkpoints);
      await app.close();
      await checkpoint();
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
