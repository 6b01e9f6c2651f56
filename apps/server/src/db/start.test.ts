import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './embedded.ts';
import { createTestDatabase, openTestOrm } from '../test/server.ts';

const scratch: string[] = [];
const children: ChildProcess[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opcat-test-lock-'));
  scratch.push(dir);
  return dir;
}

/** Another live process, standing in for a first server that holds the lock. */
function liveProcess(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  children.push(child);
  if (child.pid === undefined) throw new Error('could not start a helper process');
  return child as ChildProcess & { pid: number };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(stop));
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data-dir lock', () => {
  it('is taken on an empty data dir and released by its holder', () => {
    const dir = dataDir();
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
  });

  it('refuses a second server while the first holder is alive, saying it is already running', () => {
    const dir = dataDir();
    const first = liveProcess();
    writeFileSync(join(dir, 'server.lock'), String(first.pid));

    expect(() => acquireDataDirLock(dir)).toThrow(/already running/);
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`process ${first.pid}\\b.*${dir}`));
    expect(readFileSync(join(dir, 'server.lock'), 'utf8').trim()).toBe(String(first.pid));
  });

  it('takes over a stale lock left by a process that died', async () => {
    const dir = dataDir();
    const dead = liveProcess();
    writeFileSync(join(dir, 'server.lock'), String(dead.pid));
    await stop(dead);

    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8').trim()).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file that holds no pid', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'server.lock'), 'garbage');
    const release = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'server.lock'), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});

describe('migrations', () => {
  it('the committed migrations produce exactly the schema the entities describe', async () => {
    const database = await createTestDatabase();
    const orm = await openTestOrm(database.ownerUrl);
    try {
      const migrator = orm.getMigrator();
      const applied = await migrator.up();
      expect(applied.length).toBeGreaterThan(0);
      expect(await migrator.getPendingMigrations()).toEqual([]);
      expect(await migrator.checkMigrationNeeded()).toBe(false);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});
