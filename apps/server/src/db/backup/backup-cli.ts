import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnv } from '../../env.ts';
import { attachToDatabase, EMBEDDED_DATABASE } from '../database.ts';
import { listBaseBackups, pruneBackups, takeBaseBackup } from './base-backup.ts';
import { runRestoreDrill } from './drill.ts';
import { restoreToPointInTime } from './restore.ts';

/**
 * Backups of the embedded PostgreSQL (decision 0030; README "Backups"):
 *   npm run backup:base                 base backup beside a running server (or with it stopped)
 *   npm run backup:list                 the base backups and the moments they can restore to
 *   npm run backup:restore -- --to TIME server stopped: back to TIME (ISO 8601, e.g. 2026-12-06T09:30:00Z)
 *   npm run backup:drill                the whole drill on a scratch database (what `npm test` runs)
 */
const command = process.argv[2];
const env = loadEnv();
const backupsDir = env.BACKUP_DIR ?? join(env.DATA_DIR, 'backups');

function needArchive(): string {
  if (env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is set: back up that PostgreSQL with its own tools (pg_basebackup and archive_command); ' +
        'these commands drive the embedded one.',
    );
  }
  if (!env.WAL_ARCHIVE_DIR) throw new Error('Set WAL_ARCHIVE_DIR (and restart the server) to take restorable backups.');
  return env.WAL_ARCHIVE_DIR;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

let exitCode = 0;
try {
  if (command === 'base') {
    const walArchiveDir = needArchive();
    const database = await attachToDatabase(env);
    try {
      const backup = await takeBaseBackup({
        ownerUrl: database.ownerUrl!,
        pgDir: join(env.DATA_DIR, 'pg'),
        backupsDir,
      });
      const pruned = pruneBackups(backupsDir, walArchiveDir, env.BACKUP_KEEP);
      console.log(
        `base backup ${backup.dir} (${(backup.bytes / 1e6).toFixed(1)} MB): restores to any moment from ${backup.finishedAt}. ` +
          `Pruned ${pruned.backups} older backups and ${pruned.walFiles} archived WAL files.`,
      );
    } finally {
      await database.stop();
    }
  } else if (command === 'list') {
    const backups = listBaseBackups(backupsDir);
    if (!backups.length) console.log(`no base backup in ${backupsDir}`);
    for (const b of backups) console.log(`${b.finishedAt}  ${b.dir}`);
  } else if (command === 'restore') {
    const walArchiveDir = needArchive();
    const to = option('--to');
    if (!to) throw new Error('Say the moment: npm run backup:restore -- --to 2026-12-06T09:30:00Z');
    const result = await restoreToPointInTime({
      dataDir: env.DATA_DIR,
      backupsDir,
      walArchiveDir,
      target: new Date(to),
      port: env.EMBEDDED_PG_PORT,
      database: EMBEDDED_DATABASE,
    });
    console.log(
      `restored to ${result.target} from the base backup of ${result.backup.finishedAt}. ` +
        (result.setAside ? `The replaced data is kept in ${result.setAside}. ` : '') +
        `Audit checkpoints: ${result.checkpointsKept} kept, ${result.checkpointsSetAside} signed later set aside. ` +
        'Start the server and run `npm run audit:verify`.',
    );
  } else if (command === 'drill') {
    const scratch = mkdtempSync(join(tmpdir(), 'opcat-restore-drill-'));
    try {
      const report = await runRestoreDrill(scratch);
      console.log(JSON.stringify(report, null, 2));
      console.log('restore drill passed');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } else {
    throw new Error('usage: backup-cli (base | list | restore --to TIME | drill)');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
}
process.exit(exitCode);
