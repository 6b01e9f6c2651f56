import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtime } from '../env.ts';
import { freePort, startServerProcess } from '../test/server-process.ts';
import type { ServerProcess } from '../test/server-process.ts';
import { signedIn, TEST_AUDIT_KEY, TEST_SESSION_SECRET } from '../test/server.ts';
import { bypassingTriggers } from '../test/audit-chain.ts';
import { openOrm } from './orm.ts';
import { runningEmbeddedPostgres } from './embedded.ts';

const serverRoot = fileURLToPath(new URL('../..', import.meta.url));
let dataDir: string;
let server: ServerProcess | undefined;

/** `npm run audit:verify` as an operator runs it, beside the live server, with a stale EMBEDDED_PG_PORT. */
function auditVerify(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/db/audit-verify-cli.ts'], {
      cwd: serverRoot,
      env: {
        PATH: runtime.path,
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: '1',
        SESSION_SECRET: TEST_SESSION_SECRET,
        AUDIT_KEY: TEST_AUDIT_KEY,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

async function waitForCheckpoint(): Promise<void> {
  const file = join(dataDir, 'audit-checkpoints.jsonl');
  for (let i = 0; i < 200 && !(existsSync(file) && readFileSync(file, 'utf8').trim()); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-verify-'));
  // The embedded PostgreSQL runs as the postgres system user when the tests run as root.
  chmodSync(dataDir, 0o755);
  server = await startServerProcess({
    dataDir,
    env: { EMBEDDED_PG_PORT: String(await freePort()), DEMO_SEED: 'true', AUDIT_CHECKPOINT_SECONDS: '1' },
  });
}, 180_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('npm run audit:verify beside a running embedded server', () => {
  it('connects to the running PostgreSQL and reports the chain intact against the latest checkpoint', async () => {
    await signedIn(server as ServerProcess, 'ana.mnp@demo.opcat');
    await waitForCheckpoint();
    const { code, output } = await auditVerify();
    expect(output).not.toMatch(/already running/);
    expect(output).toMatch(
      /audit chain intact: 1 entries, head [0-9a-f]{64}; checked against the checkpoint of entry 1/,
    );
    expect(code).toBe(0);
  }, 120_000);

  it('reports the newest entry deleted by the owner, while the server still runs', async () => {
    const running = runningEmbeddedPostgres(dataDir, 'opcat');
    if (!running) throw new Error('the server has no running PostgreSQL');
    const owner = await openOrm(running.ownerUrl, { pool: { min: 0, max: 1 } });
    try {
      await bypassingTriggers(owner, (run) => run('delete from audit_event where seq = 1').then(() => {}));
    } finally {
      await owner.close(true);
    }
    const { code, output } = await auditVerify();
    expect(output).toMatch(/audit chain BROKEN at entry 1: entries 1 to 1 are missing/);
    expect(code).toBe(1);
    expect(server?.child.exitCode).toBeNull();
  }, 120_000);
});
