import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { checkpointFile } from '../../modules/audit/checkpoint.ts';
import { acquireDataDirLock, postgresUser, runningPostmaster, startEmbeddedPostgres } from '../embedded.ts';
import { listBaseBackups } from './base-backup.ts';
import type { BaseBackupInfo } from './base-backup.ts';
import { removeRecoverySettings, writeRecoverySettings } from './server-settings.ts';

export interface RestoreResult {
  backup: BaseBackupInfo;
  target: string;
  /** Where the data directory that was replaced now lies (never deleted). */
  setAside: string | null;
  /** Audit checkpoints signed at or before the target: still true of the restored log. */
  checkpointsKept: number;
  /** Signed after the target: they describe entries the restore undid; moved aside with the old file. */
  checkpointsSetAside: number;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else chownSync(child, uid, gid);
  }
}

/**
 * The WAL the old server wrote but had not archived yet (its last, unfinished segment): without it
 * a restore could reach only the last archived moment. PostgreSQL's own procedure copies it too; the
 * archive is still read first.
 */
function copyUnarchivedWal(oldPgDir: string, pgDir: string): void {
  const from = join(oldPgDir, 'pg_wal');
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isFile() && /^[0-9A-F]{24}$|^[0-9A-F]{8}\.history$/.test(entry.name)) {
      copyFileSync(join(from, entry.name), join(pgDir, 'pg_wal', entry.name));
    }
  }
}

/** The newest complete base backup that finished at or before `target` (a restore cannot go earlier). */
export function backupFor(backupsDir: string, target: Date): BaseBackupInfo {
  const backups = listBaseBackups(backupsDir);
  const usable = backups.filter((b) => new Date(b.finishedAt) <= target);
  const chosen = usable[usable.length - 1];
  if (!chosen) {
    throw new Error(
      backups.length
        ? `No base backup finished at or before ${target.toISOString()}; the oldest finished at ${backups[0]?.finishedAt}.`
        : `No base backup in ${backupsDir}: run \`npm run backup:base\` first.`,
    );
  }
  return chosen;
}

/**
 * The audit checkpoints signed after `target` saw entries the restore undid: left in place they
 * would make the restored log look truncated, and the server would refuse to sign new ones. They are
 * moved aside with the whole old file; those signed at or before `target` stay and still bind.
 */
function trimCheckpoints(dataDir: string, target: Date, when: string): { kept: number; setAside: number } {
  const file = checkpointFile(dataDir);
  if (!existsSync(file)) return { kept: 0, setAside: 0 };
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const kept = lines.filter((line) => {
    try {
      const at = (JSON.parse(line) as { at?: unknown }).at;
      return typeof at !== 'string' || new Date(at) <= target; // an unreadable line stays for audit:verify to report
    } catch {
      return true;
    }
  });
  writeFileSync(`${file}.before-restore-${when}`, text, { mode: 0o600 });
  writeFileSync(file, kept.map((line) => `${line}\n`).join(''), { mode: 0o600 });
  return { kept: kept.length, setAside: lines.length - kept.length };
}

/**
 * Point-in-time restore of the embedded PostgreSQL (decision 0030): the server must be stopped. The
 * current data directory is moved aside (never deleted), the newest base backup before `target` is
 * copied in, PostgreSQL replays the archived WAL up to `target` and is promoted; then the audit
 * checkpoints are brought back to that moment. A failed replay puts the old data directory back.
 */
export async function restoreToPointInTime(options: {
  dataDir: string;
  backupsDir: string;
  walArchiveDir: string;
  target: Date;
  port: number;
  database: string;
}): Promise<RestoreResult> {
  const { dataDir, target } = options;
  if (Number.isNaN(target.getTime())) throw new Error('The moment to restore to is not a valid date and time.');
  if (target > new Date()) throw new Error(`${target.toISOString()} is in the future.`);
  const backup = backupFor(options.backupsDir, target);
  const release = acquireDataDirLock(dataDir);
  const pgDir = join(dataDir, 'pg');
  const when = stamp(new Date());
  try {
    const orphan = runningPostmaster(pgDir);
    if (orphan !== undefined) throw new Error(`PostgreSQL (process ${orphan}) still runs on ${pgDir}: stop it first.`);
    const setAside = existsSync(pgDir) ? `${pgDir}.before-restore-${when}` : null;
    if (setAside) renameSync(pgDir, setAside);
    try {
      cpSync(join(backup.dir, 'pg'), pgDir, { recursive: true });
      if (setAside) copyUnarchivedWal(setAside, pgDir);
      chmodSync(pgDir, 0o700);
      const user = await postgresUser();
      if (user.uid !== undefined && user.gid !== undefined) chownTree(pgDir, user.uid, user.gid);
      writeRecoverySettings(pgDir, options.walArchiveDir, target);
      const db = await startEmbeddedPostgres({
        dataDir,
        port: options.port,
        database: options.database,
        walArchiveDir: options.walArchiveDir,
      });
      await db.stop();
      removeRecoverySettings(pgDir);
    } catch (error) {
      if (setAside) {
        if (existsSync(pgDir)) renameSync(pgDir, `${pgDir}.failed-restore-${when}`);
        renameSync(setAside, pgDir);
      }
      throw error;
    }
    const checkpoints = trimCheckpoints(dataDir, target, when);
    return {
      backup,
      target: target.toISOString(),
      setAside,
      checkpointsKept: checkpoints.kept,
      checkpointsSetAside: checkpoints.setAside,
    };
  } finally {
    release();
  }
}
