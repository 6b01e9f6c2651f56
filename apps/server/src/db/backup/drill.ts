import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import postgres from 'pg';
import { loadEnv } from '../../env.ts';
import type { Env } from '../../env.ts';
import { appendAudit } from '../../modules/audit/append-audit.ts';
import { writeAuditCheckpoint } from '../../modules/audit/checkpoint.ts';
import { verifyAuditLog } from '../../modules/audit/verify-chain.ts';
import { Membership, Organisation, User } from '../entities/identity.ts';
import { EMBEDDED_DATABASE, prepareDatabase, startDatabase } from '../database.ts';
import type { MikroORM } from '../orm.ts';
import { seedDemoWorld } from '../seed.ts';
import { freePort } from '../free-port.ts';
import { takeBaseBackup } from './base-backup.ts';
import type { BaseBackupInfo } from './base-backup.ts';
import { restoreToPointInTime } from './restore.ts';
import type { RestoreResult } from './restore.ts';

/**
 * The backup and point-in-time-restore drill (decision 0030), run by `npm test` and by
 * `npm run backup:drill`: on a scratch embedded PostgreSQL with WAL archiving, the demo world is
 * written, a base backup taken, more is written, a moment chosen, more written after it; then the
 * database is restored to that moment and checked: what was written before it is there, what came
 * after is not, the audit chain verifies against its signed checkpoints, and the restored database
 * takes new writes and new checkpoints. Throws on the first thing that does not hold.
 */

export interface DrillReport {
  backup: BaseBackupInfo & { bytes: number };
  restore: RestoreResult;
  /** Members added before the backup, after it but before the moment, and after the moment. */
  written: { beforeBackup: string; beforeMoment: string; afterMoment: string };
  presentAfterRestore: string[];
  auditEntriesVerified: number;
  auditEntriesAfterNewWrite: number;
}

/** An admin adds a member to the NPM: a record and its audit entry, in one transaction. */
async function addMember(orm: MikroORM, env: Env, email: string): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    const npm = await tx.findOneOrFail(Organisation, { kind: 'NPM' }, { orderBy: { createdAt: 'asc' } });
    const user = tx.create(User, { email, displayName: email.split('@')[0] ?? email });
    tx.create(Membership, { user, organisation: npm, role: 'VIEWER' });
    await tx.flush();
    await appendAudit(tx as EntityManager, env.AUDIT_KEY, {
      action: 'membership.added',
      actor: null,
      subjectType: 'USER',
      subjectId: user.id,
      subjectOrganisationId: npm.id,
      details: { role: 'VIEWER', drill: true },
    });
  });
}

async function scalar<T>(orm: MikroORM, sql: string): Promise<T> {
  const [row] = await orm.em.fork().getConnection().execute<{ value: T }[]>(sql);
  return row!.value;
}

/** Forces the current WAL segment out (as the superuser) and waits until the archiver has copied it. */
async function archiveCurrentWal(ownerUrl: string): Promise<void> {
  const client = new postgres.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const value = async <T>(sql: string) => (await client.query<{ value: T }>(sql)).rows[0]!.value;
    const file = await value<string>('select pg_walfile_name(pg_switch_wal()) as value');
    for (let i = 0; i < 600; i++) {
      const archived = await value<string | null>('select last_archived_wal as value from pg_stat_archiver');
      if (archived !== null && archived.slice(8) >= file.slice(8)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`WAL segment ${file} was not archived within 60 s`);
  } finally {
    await client.end();
  }
}

type OpenOrm = (url: string) => Promise<MikroORM>;

async function openDatabase(env: Env, open: OpenOrm | undefined) {
  const database = await startDatabase(env);
  try {
    const { orm } = await prepareDatabase(database, env, open);
    if (!database.ownerUrl) throw new Error('the drill needs the embedded database owner');
    return {
      orm,
      ownerUrl: database.ownerUrl,
      close: async () => {
        await orm.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`restore drill: ${message}`);
}

/** `open`: how to open the ORM (tests pass theirs, which can import the TypeScript migrations). */
export async function runRestoreDrill(scratch: string, open?: OpenOrm): Promise<DrillReport> {
  // The postgres system user (embedded mode as root) must reach the data and the archive.
  mkdirSync(scratch, { recursive: true });
  chmodSync(scratch, 0o755);
  const env = loadEnv({
    DATA_DIR: join(scratch, 'data'),
    WAL_ARCHIVE_DIR: join(scratch, 'wal-archive'),
    BACKUP_DIR: join(scratch, 'backups'),
    EMBEDDED_PG_PORT: String(await freePort()),
    DEMO_SEED: 'true',
    LOG_LEVEL: 'warn',
  });
  const written = {
    beforeBackup: 'antes.de.la.copia@drill.opcat',
    beforeMoment: 'antes.del.momento@drill.opcat',
    afterMoment: 'despues.del.momento@drill.opcat',
  };
  const backupsDir = env.BACKUP_DIR!;
  const walArchiveDir = env.WAL_ARCHIVE_DIR!;

  let db = await openDatabase(env, open);
  let backup: DrillReport['backup'];
  let target: Date;
  try {
    check((await seedDemoWorld(db.orm.em.fork())) !== null, 'the demo world was not seeded');
    await addMember(db.orm, env, written.beforeBackup);
    backup = await takeBaseBackup({
      ownerUrl: db.ownerUrl,
      pgDir: join(env.DATA_DIR, 'pg'),
      backupsDir,
    });
    await addMember(db.orm, env, written.beforeMoment);
    // Signed before the moment: it stays, and the restored log must agree with it.
    check((await writeAuditCheckpoint({ orm: db.orm, env })) !== null, 'no audit checkpoint was signed');
    // The moment: after that commit, before the next one (the database's own clock, in microseconds,
    // rounded up to the millisecond a Date holds, and the next commit waits longer than that).
    target = new Date(
      Number(await scalar<number>(db.orm, 'select ceil(extract(epoch from clock_timestamp()) * 1000) as value')),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    await addMember(db.orm, env, written.afterMoment);
    // Signed after the moment: the restore must set it aside, or the restored log would look truncated.
    check((await writeAuditCheckpoint({ orm: db.orm, env })) !== null, 'no audit checkpoint was signed');
    await archiveCurrentWal(db.ownerUrl);
  } finally {
    await db.close();
  }

  const restore = await restoreToPointInTime({
    dataDir: env.DATA_DIR,
    backupsDir,
    walArchiveDir,
    target,
    port: env.EMBEDDED_PG_PORT,
    database: EMBEDDED_DATABASE,
  });
  check(restore.checkpointsSetAside >= 1, 'the checkpoint signed after the moment was not set aside');
  check(restore.checkpointsKept >= 1, 'the checkpoint signed before the moment was not kept');

  db = await openDatabase(env, open);
  try {
    const emails = Object.values(written);
    const present = (await db.orm.em.fork().find(User, { email: { $in: emails } })).map((u) => u.email).sort();
    check(present.includes(written.beforeBackup), 'a member added before the base backup is missing');
    check(present.includes(written.beforeMoment), 'a member added after the backup, before the moment, is missing');
    check(!present.includes(written.afterMoment), 'a member added after the moment survived the restore');
    const verified = await verifyAuditLog(db.orm.em.fork(), env);
    check(verified.ok, `the restored audit chain does not verify: ${JSON.stringify(verified.firstBroken)}`);
    check(verified.checkpoint !== null, 'the restored audit chain was not checked against a signed checkpoint');
    // The restored database takes writes, and the chain and its checkpoints go on from where it stands.
    await addMember(db.orm, env, 'despues.de.restaurar@drill.opcat');
    check((await writeAuditCheckpoint({ orm: db.orm, env })) !== null, 'no checkpoint signed after the restore');
    const again = await verifyAuditLog(db.orm.em.fork(), env);
    check(again.ok, `the audit chain broke after a write on the restored database`);
    return {
      backup,
      restore,
      written,
      presentAfterRestore: present,
      auditEntriesVerified: verified.entries,
      auditEntriesAfterNewWrite: again.entries,
    };
  } finally {
    await db.close();
  }
}
