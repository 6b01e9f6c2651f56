import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_AUDIT_KEY, TEST_MASTER_KEY, TEST_SESSION_SECRET } from './server.ts';
import type { TestDatabase } from './server.ts';
import { runtime } from '../env.ts';
import { freePort } from '../db/free-port.ts';

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));

export { freePort };

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
}

/**
 * The real server (`src/main.ts` through tsx) as a separate OS process, so tests can kill it
 * with SIGKILL or SIGTERM like an operator or a crash would.
 */
export async function startServerProcess(options: {
  /** Unset: the server starts its embedded PostgreSQL under dataDir (then pass EMBEDDED_PG_PORT in env). */
  database?: TestDatabase;
  /** More environment for the server, e.g. DEMO_SEED or AUDIT_CHECKPOINT_SECONDS. */
  env?: Record<string, string>;
  dataDir: string;
  port?: number;
  redisUrl?: string;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      PATH: runtime.path,
      NODE_ENV: 'test',
      PORT: String(port),
      ...(options.database
        ? { DATABASE_URL: options.database.appUrl, DATABASE_OWNER_URL: options.database.ownerUrl }
        : {}),
      SESSION_SECRET: TEST_SESSION_SECRET,
      AUDIT_KEY: TEST_AUDIT_KEY,
      MASTER_KEY: TEST_MASTER_KEY,
      DATA_DIR: options.dataDir,
      DEMO_SEED: 'false',
      LOG_LEVEL: 'warn',
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /healthz within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, child, exited, output: () => log };
}
