import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'pg';

/**
 * Settings opcat-hub gives its embedded PostgreSQL, in files of their own that postgresql.conf
 * includes (decision 0030): `opcat-archive.conf`, rewritten at every start (WAL archiving on or off),
 * `opcat-memory.conf`, rewritten at every start (memory sized to the machine, decision 0048), and
 * `opcat-recovery.conf`, present only while a point-in-time restore replays WAL. Files, not
 * `pg_ctl -o` flags: a path travels through PostgreSQL's own quoting, not a shell's.
 */
export const ARCHIVE_CONF = 'opcat-archive.conf';
export const MEMORY_CONF = 'opcat-memory.conf';
export const RECOVERY_CONF = 'opcat-recovery.conf';

const INCLUDES = [ARCHIVE_CONF, MEMORY_CONF, RECOVERY_CONF].map((file) => `include_if_exists = '${file}'`);

/** The memory this process may use: the machine's, or its container's limit when lower. */
export function availableMemory(): number {
  const constrained = process.constrainedMemory?.() ?? 0;
  return constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
}

/**
 * The embedded PostgreSQL's memory for a machine of `memoryBytes` (decision 0048): shared buffers an
 * eighth of it, between PostgreSQL's default 128 MB and 2 GB (the app server and the operating system's
 * file cache share the machine), and the planner told that half of it caches data. `sharedBuffersMb`
 * (EMBEDDED_PG_SHARED_BUFFERS_MB) overrides the shared buffers.
 */
export function memorySettings(memoryBytes: number, sharedBuffersMb?: number): string[] {
  const totalMb = Math.floor(memoryBytes / (1024 * 1024));
  const shared = sharedBuffersMb ?? Math.min(2048, Math.max(128, Math.floor(totalMb / 8)));
  const cache = Math.max(shared * 2, Math.floor(totalMb / 2));
  return [`shared_buffers = '${shared}MB'`, `effective_cache_size = '${cache}MB'`];
}

/** A string in postgresql.conf syntax. */
export function confString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The archive and restore commands run under /bin/sh: a directory we hand them must need no quoting. */
export function assertShellSafePath(path: string, what: string): void {
  if (!/^[A-Za-z0-9_./+@=,:-]+$/.test(path)) {
    throw new Error(`${what} (${path}) may hold only letters, digits and _ . / + @ = , : - (no spaces or quotes)`);
  }
}

/** postgresql.conf includes our two files (once; the line is harmless when a file is absent). */
export function ensureIncludes(pgDir: string): void {
  const conf = join(pgDir, 'postgresql.conf');
  const text = readFileSync(conf, 'utf8');
  const missing = INCLUDES.filter((line) => !text.includes(line));
  if (missing.length) writeFileSync(conf, `${text.trimEnd()}\n\n# opcat-hub (decision 0030)\n${missing.join('\n')}\n`);
}

/**
 * The settings files of every start. `memory`: `memorySettings` of this machine. WAL archiving for
 * point-in-time restore: every completed 16 MB segment is copied to `walArchiveDir` (never over an
 * existing file) before PostgreSQL recycles it, and a segment is completed at least every 5 minutes
 * when anything was written. Off when unset.
 */
export function writeServerSettings(
  pgDir: string,
  walArchiveDir: string | undefined,
  user: { uid?: number; gid?: number },
  memory: readonly string[],
): void {
  ensureIncludes(pgDir);
  writeFileSync(
    join(pgDir, MEMORY_CONF),
    `${['# Written by opcat-hub at every start: set EMBEDDED_PG_SHARED_BUFFERS_MB instead.', ...memory].join('\n')}\n`,
    { mode: 0o644 },
  );
  const lines = ['# Written by opcat-hub at every start: edit WAL_ARCHIVE_DIR instead.'];
  if (walArchiveDir) {
    assertShellSafePath(walArchiveDir, 'WAL_ARCHIVE_DIR');
    mkdirSync(walArchiveDir, { recursive: true, mode: 0o700 });
    if (user.uid !== undefined && user.gid !== undefined) chownSync(walArchiveDir, user.uid, user.gid);
    lines.push(
      'wal_level = replica',
      'archive_mode = on',
      // An idle-ish server still ships what it wrote within 5 minutes: the most a restore can lose.
      "archive_timeout = '5min'",
      `archive_command = ${confString(`test ! -f ${walArchiveDir}/%f && cp %p ${walArchiveDir}/%f`)}`,
    );
  } else {
    lines.push('archive_mode = off');
  }
  writeFileSync(join(pgDir, ARCHIVE_CONF), `${lines.join('\n')}\n`, { mode: 0o644 });
}

/** Recovery to `target` from the archive: replay, stop at the moment, then open for writes (promote). */
export function writeRecoverySettings(pgDir: string, walArchiveDir: string, target: Date): void {
  assertShellSafePath(walArchiveDir, 'WAL_ARCHIVE_DIR');
  ensureIncludes(pgDir);
  writeFileSync(
    join(pgDir, RECOVERY_CONF),
    [
      '# A point-in-time restore in progress (opcat-hub backup:restore); removed once promoted.',
      `restore_command = ${confString(`cp ${walArchiveDir}/%f %p`)}`,
      // PostgreSQL's timestamptz input, not ISO's T and Z.
      `recovery_target_time = ${confString(target.toISOString().replace('T', ' ').replace('Z', '+00'))}`,
      "recovery_target_action = 'promote'",
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  writeFileSync(join(pgDir, 'recovery.signal'), '', { mode: 0o644 });
}

export function removeRecoverySettings(pgDir: string): void {
  rmSync(join(pgDir, RECOVERY_CONF), { force: true });
}

export function recoveryPending(pgDir: string): boolean {
  return existsSync(join(pgDir, 'recovery.signal'));
}

/**
 * Waits while the server replays WAL (a restore): it answers read-only queries as soon as it is
 * consistent, and accepts writes only once promoted. A normal start answers false at once.
 */
export async function waitUntilPromoted(client: Client): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ recovering: boolean }>('select pg_is_in_recovery() as recovering');
    if (!rows[0]?.recovering) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
