import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../build.ts';
import { availableMemory, memorySettings } from './db/backup/server-settings.ts';
import { Organisation, User, WorkingGroup } from './db/entities/identity.ts';
import { Workplan } from './db/entities/workplan.ts';
import { repoRoot, runtime } from './env.ts';
import { collabClient, waitFor } from './test/collab-client.ts';
import type { CollabClient } from './test/collab-client.ts';
import { freePort } from './test/server-process.ts';
import { openTestOrm, signedIn } from './test/server.ts';

/**
 * The production server as `npm start` runs it once built: npm → `node dist/main.js` on the
 * embedded PostgreSQL, in a process group of its own as a terminal's foreground job would be.
 */
interface NpmStart {
  npm: ChildProcess & { pid: number };
  url: string;
  pgPort: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  log(): string;
}

const migrations = readdirSync(fileURLToPath(new URL('./db/migrations', import.meta.url))).filter((name) =>
  name.endsWith('.ts'),
);
let dataDir: string;
let running: NpmStart | undefined;
/** Written by the Ctrl-C test while editors type, read back by the next start. */
let documentName = '';
let acknowledgedBeforeCtrlC = new Set<string>();

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
      DEMO_SEED: 'true',
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
  const url = `http://127.0.0.1:${port}`;
  running = { npm: npm as ChildProcess & { pid: number }, url, pgPort, exited, log: () => log };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return running;
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

/** A workplan of the demo NPM, created straight in the embedded database; its /collab document name. */
async function createWorkplanDocument(server: NpmStart): Promise<string> {
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const orm = await openTestOrm(
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${server.pgPort}/opcat`,
  );
  try {
    const em = orm.em.fork();
    // The embedded PostgreSQL runs with memory sized to the machine (decision 0048).
    const [shown] = await em.getConnection().execute<{ shared_buffers: string }[]>('show shared_buffers');
    const expected = memorySettings(availableMemory())[0]?.match(/'(\d+)MB'/)?.[1];
    expect(shown?.shared_buffers).toBe(
      Number(expected) % 1024 === 0 ? `${Number(expected) / 1024}GB` : `${expected}MB`,
    );
    const plan = em.create(Workplan, {
      ownerOrganisation: await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' }),
      workingGroup: await em.findOneOrFail(WorkingGroup, { kind: 'NATIONAL_WORKING_GROUP' }),
      classification: 'WORKING_GROUP',
      countryCode: 'XV',
      title: 'Plan escrito durante el apagado',
      periodStart: '2026-01-01',
      createdBy: await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' }),
    });
    await em.flush();
    return `workplan:${plan.id}`;
  } finally {
    await orm.close(true);
  }
}

/** Editors typing into one document; an edit counts once the server has acknowledged it (SyncStatus, in order). */
async function typing(server: NpmStart, documentName: string) {
  const cookie = (await signedIn(server, 'ana.mnp@demo.opcat')).cookie as string;
  const acknowledged = new Set<string>();
  const clients: CollabClient[] = Array.from({ length: 5 }, () => collabClient(server.url, cookie, documentName));
  await Promise.all(clients.map((c) => c.synced));
  await Promise.all(clients.map((c) => c.acknowledged()));
  let stopped = false;
  const loops = clients.map(async (client, i) => {
    const sent: string[] = [];
    let waiting = client.provider.unsyncedChanges;
    client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      for (let acks = waiting - number; acks > 0; acks--) {
        const token = sent.shift();
        if (token) acknowledged.add(token);
      }
      waiting = number;
    });
    for (let n = 0; !stopped; n++) {
      sent.push(`c${i}-e${n}`);
      client.doc.getArray<string>('edits').push([`c${i}-e${n}`]);
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 20));
    }
  });
  return {
    acknowledged,
    async stop() {
      stopped = true;
      clients.forEach((c) => c.destroy());
      await Promise.all(loops);
    },
  };
}

async function readEdits(server: NpmStart, documentName: string): Promise<Set<string>> {
  const cookie = (await signedIn(server, 'ana.mnp@demo.opcat')).cookie as string;
  const reader = collabClient(server.url, cookie, documentName);
  await reader.synced;
  const edits = new Set(reader.doc.getArray<string>('edits').toArray());
  reader.destroy();
  return edits;
}

// Sequential and on one data dir: each start also proves the previous one left nothing to clean up.
describe('npm start of the built server, stopped by one signal', () => {
  it('Ctrl-C (SIGINT to the whole process group) while editors type drains, stops PostgreSQL, releases the lock and exits 0', async () => {
    const server = await npmStart();
    const applied =
      server
        .log()
        .match(/"migrations":\[([^\]]*)\]/)?.[1]
        ?.split(',') ?? [];
    expect(applied).toHaveLength(migrations.length); // the compiled .js migrations were found

    documentName = await createWorkplanDocument(server);
    const session = await typing(server, documentName);
    await waitFor(() => session.acknowledged.size >= 20, 30_000, '20 acknowledged edits');

    // npm, then node, and npm forwarding it once more: node hears it once or twice (the kernel merges a
    // signal still pending), so the repeat itself is checked by the test that signals node directly.
    const signalled = performance.now();
    process.kill(-server.npm.pid, 'SIGINT');
    await expectCleanShutdown(server, signalled);
    acknowledgedBeforeCtrlC = new Set(session.acknowledged);
    await session.stop();
  }, 120_000);

  it('after Ctrl-C every acknowledged /collab edit is there; SIGTERM to the npm process then drains, stops PostgreSQL, releases the lock and exits 0', async () => {
    const server = await npmStart();
    expect(server.log()).not.toMatch(/left running by a previous server/);
    const found = await readEdits(server, documentName);
    const lost = [...acknowledgedBeforeCtrlC].filter((edit) => !found.has(edit));
    console.log(`/collab: ${acknowledgedBeforeCtrlC.size} edits acknowledged before Ctrl-C, ${lost.length} lost`);
    expect(acknowledgedBeforeCtrlC.size).toBeGreaterThanOrEqual(20);
    expect(lost).toEqual([]);

    const signalled = performance.now();
    server.npm.kill('SIGTERM');
    await expectCleanShutdown(server, signalled);
  }, 60_000);

  it('a second SIGTERM straight to node during the drain does not cut it short, and it exits 0', async () => {
    const server = await npmStart();
    const node = Number(readFileSync(join(dataDir, 'server.lock'), 'utf8'));

    const signalled = performance.now();
    process.kill(node, 'SIGTERM');
    // Once the first is handled: two signals pending at once would be merged into one by the kernel.
    await waitFor(() => server.log().includes('"msg":"shutting down"'), 10_000, 'the drain to begin');
    process.kill(node, 'SIGTERM');
    await expectCleanShutdown(server, signalled);
    expect(server.log()).toMatch(/signal received again: still draining/);
  }, 60_000);
});
