import { copyFile, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'pg';
import { RECOVERY_CONF } from './server-settings.ts';

/**
 * Base backups of the embedded PostgreSQL (decision 0030), with PostgreSQL's low-level backup API:
 * `pg_backup_start`, a copy of the data directory while the server runs, `pg_backup_stop`, whose
 * `backup_label` goes into the copy. The copy may hold torn pages; replaying the archived WAL from
 * the label's start point repairs them — which is why a base backup is useless without the archive.
 * (The embedded package ships no pg_basebackup; with DATABASE_URL, use the server's own tools.)
 */

export interface BaseBackupInfo {
  /** The backup's directory (holding `pg/` and `backup-info.json`). */
  dir: string;
  label: string;
  startedAt: string;
  /** The database's clock when pg_backup_stop returned: the earliest moment this backup restores to. */
  finishedAt: string;
  /** The first WAL segment a restore needs (from backup_label). */
  startWalFile: string;
}

const INFO = 'backup-info.json';

/** Contents a base backup leaves out (the directories stay, empty): the docs' list, and our own files. */
const EMPTIED_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'server.log',
  'backup_label',
  'tablespace_map',
  'recovery.signal',
  'standby.signal',
  RECOVERY_CONF,
]);

/** Copies a tree that a running server is writing to: a file that vanished mid-copy is skipped (WAL replay covers it). */
async function copyLiveTree(from: string, to: string, top: boolean): Promise<number> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  let bytes = 0;
  let entries: string[];
  try {
    entries = await readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const name of entries) {
    if (top && SKIPPED_FILES.has(name)) continue;
    if (name.startsWith('pgsql_tmp')) continue;
    const source = join(from, name);
    const target = join(to, name);
    try {
      const stat = await lstat(source);
      if (stat.isDirectory()) {
        if (top && EMPTIED_DIRS.has(name)) {
          await mkdir(name === 'pg_wal' ? join(target, 'archive_status') : target, { recursive: true, mode: 0o700 });
          continue;
        }
        bytes += await copyLiveTree(source, target, false);
      } else if (stat.isFile()) {
        await copyFile(source, target);
        bytes += stat.size;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return bytes;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Takes a base backup of the running cluster in `pgDir` into `backupsDir/<time>/`, connected as a
 * superuser (`ownerUrl`). `pg_backup_stop` waits until the WAL the backup needs is archived, so a
 * backup that returns is restorable from the archive.
 */
export async function takeBaseBackup(options: {
  ownerUrl: string;
  pgDir: string;
  backupsDir: string;
}): Promise<BaseBackupInfo & { bytes: number }> {
  const client = new postgres.Client({ connectionString: options.ownerUrl });
  await client.connect();
  const started = new Date();
  const label = `opcat-hub ${started.toISOString()}`;
  const dir = join(options.backupsDir, stamp(started));
  const partial = `${dir}.partial`;
  try {
    const { rows: archiving } = await client.query<{ archive_mode: string }>('show archive_mode');
    if (archiving[0]?.archive_mode !== 'on') {
      throw new Error('WAL archiving is off: set WAL_ARCHIVE_DIR and restart before taking base backups.');
    }
    await client.query('select pg_backup_start($1, true)', [label]);
    let bytes: number;
    let stop: { labelfile: string; spcmapfile: string | null; finished_at: Date };
    try {
      bytes = await copyLiveTree(options.pgDir, join(partial, 'pg'), true);
    } finally {
      // Always ends the backup mode of this session, even when the copy failed.
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null; finished_at: Date }>(
        'select labelfile, spcmapfile, clock_timestamp() as finished_at from pg_backup_stop(true)',
      );
      stop = rows[0]!;
    }
    await writeFile(join(partial, 'pg', 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) await writeFile(join(partial, 'pg', 'tablespace_map'), stop.spcmapfile);
    const startWalFile = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
    if (!startWalFile) throw new Error(`backup_label without a start WAL file:\n${stop.labelfile}`);
    const info: BaseBackupInfo = {
      dir,
      label,
      startedAt: started.toISOString(),
      finishedAt: stop.finished_at.toISOString(),
      startWalFile,
    };
    await writeFile(join(partial, INFO), JSON.stringify({ ...info, dir: undefined }, null, 2) + '\n');
    // Only a complete backup gets its final name: a crash mid-copy leaves a `.partial` nobody restores from.
    await rename(partial, dir);
    return { ...info, bytes };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** The complete base backups in `backupsDir`, oldest first. */
export function listBaseBackups(backupsDir: string): BaseBackupInfo[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => !name.endsWith('.partial') && existsSync(join(backupsDir, name, INFO)))
    .map((name) => ({
      ...(JSON.parse(readFileSync(join(backupsDir, name, INFO), 'utf8')) as Omit<BaseBackupInfo, 'dir'>),
      dir: join(backupsDir, name),
    }))
    .sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
}

/**
 * Keeps the newest `keep` base backups and the archived WAL they need: segments older than the
 * oldest kept backup's start (compared without the timeline, as pg_archivecleanup does) go;
 * timeline history files stay. Returns what was deleted.
 */
export function pruneBackups(
  backupsDir: string,
  walArchiveDir: string,
  keep: number,
): { backups: number; walFiles: number } {
  const backups = listBaseBackups(backupsDir);
  const dropped = backups.slice(0, Math.max(0, backups.length - keep));
  for (const backup of dropped) rmSync(backup.dir, { recursive: true, force: true });
  const oldest = backups[dropped.length];
  let walFiles = 0;
  if (oldest && existsSync(walArchiveDir)) {
    const keepFrom = oldest.startWalFile.slice(8);
    for (const name of readdirSync(walArchiveDir)) {
      const segment = /^[0-9A-F]{24}/.exec(name)?.[0];
      if (!segment || name.endsWith('.history')) continue;
      if (segment.slice(8) < keepFrom) {
        unlinkSync(join(walArchiveDir, name));
        walFiles++;
      }
    }
  }
  return { backups: dropped.length, walFiles };
}
