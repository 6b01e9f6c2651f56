import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../build.ts';
import { repoRoot, runtime } from './env.ts';
import { freePort } from './test/server-process.ts';

/**
 * The production server as `npm start` runs it once built: npm → `node dist/main.js` on the
 * embedded PostgreSQL, in a process group of its own as a terminal's foreground job would be.
 */
interface NpmStart {
  npm: ChildProcess & { pid: number };
  pgPort: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  log(): string;
}

const migrations = readdirSync(fileURLToPath(new URL('./db/migrations', import.meta.url))).filter((name) =>
  name.endsWith('.ts'),
);
let dataDir: string;
let running: NpmStart | undefined;

beforeAll(async () => {
  await buildServer();
  dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-npm-start-'));
  // As root the embedded PostgreSQL runs as the postgres user, which must reach DATA_DIR/pg.
  chmodSync(dataDir, 0o755);
}, 60_000);

afterEach(async () => {
  // A failed test must not leave a server (or its PostgreSQL) behind.
  if (running && running.npm.exitCode === null && running.npm.signalCode === null) {
    process.kill(-running.npm.pid, 'SIGKILL');
    await running.exited;
  }
  running = undefined;
});

afterAll(async () => {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
});

async function npmStart(): Promise<NpmStart> {
  const port = await freePort();
  const pgPort = await freePort();
  let log = '';
  const npm = spawn('npm', ['run', 'start', '--workspace=@opcat/server'], {
    cwd: repoRoot,
    detached: true,
    // No NODE_ENV: the start script's production default is what runs in production.
    env: {
      PATH: runtime.path,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      DEMO_SEED: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (npm.pid === undefined) throw new Error('npm did not start');
  npm.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  npm.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    npm.once('exit', (code, signal) => resolve({ code, signal })),
  );
  running = { npm: npm as ChildProcess & { pid: number }, pgPort, exited, log: () => log };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return running;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer on /healthz within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** No process of the group is left (the embedded PostgreSQL runs in a session of its own). */
function groupIsGone(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return false;
  } catch {
    return true;
  }
}

/** What every clean shutdown leaves behind: exit 0 within seconds, PostgreSQL stopped, the lock released. */
async function expectCleanShutdown(server: NpmStart, signalled: number): Promise<void> {
  const { code, signal } = await server.exited;
  const seconds = (performance.now() - signalled) / 1000;
  console.log(`npm start: exit ${code} ${seconds.toFixed(2)} s after the signal`);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(seconds).toBeLessThan(10);
  expect(server.log()).toMatch(/"msg":"shutdown complete"/);
  expect(server.log()).not.toMatch(/second signal|drain timed out|unclean shutdown/);
  expect(server.log().match(/"msg":"shutting down"/g)).toHaveLength(1);
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  expect(await portIsClosed(server.pgPort)).toBe(true);
  expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
  expect(groupIsGone(server.npm.pid)).toBe(true);
}

// Sequential and on one data dir: each start also proves the previous one left nothing to clean up.
describe('npm start of the built server, stopped by one signal', () => {
  it('Ctrl-C (SIGINT to the whole process group) drains, stops PostgreSQL, releases the lock and exits 0', async () => {
    const server = await npmStart();
    const applied =
      server
        .log()
        .match(/"migrations":\[([^\]]*)\]/)?.[1]
        ?.split(',') ?? [];
    expect(applied).toHaveLength(migrations.length); // the compiled .js migrations were found

    const signalled = performance.now();
    process.kill(-server.npm.pid, 'SIGINT');
    await expectCleanShutdown(server, signalled);
    // npm forwarded the terminal's signal too: the server heard it more than once and still drained.
    expect(server.log()).toMatch(/signal received again: still draining/);
  }, 90_000);

  it('SIGTERM to the npm process drains, stops PostgreSQL, releases the lock and exits 0', async () => {
    const server = await npmStart();
    expect(server.log()).not.toMatch(/left running by a previous server/);

    const signalled = performance.now();
    server.npm.kill('SIGTERM');
    await expectCleanShutdown(server, signalled);
  }, 60_000);

  it('SIGTERM twice straight to node does not cut the drain short and exits 0', async () => {
    const server = await npmStart();
    const node = Number(readFileSync(join(dataDir, 'server.lock'), 'utf8'));

    const signalled = performance.now();
    process.kill(node, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    process.kill(node, 'SIGTERM');
    await expectCleanShutdown(server, signalled);
    expect(server.log()).toMatch(/signal received again: still draining/);
  }, 60_000);
});
