import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '../db/orm.ts';
import { logger } from '../logger.ts';
import { appendAudit } from '../modules/audit/append-audit.ts';
import { createTestDatabase, migrateTestDatabase, openTestOrm, TEST_AUDIT_KEY } from './server.ts';

/**
 * A migrated database with nothing but an audit chain, reached as the app and as the owner, and
 * a DATA_DIR of its own for checkpoints: for tests that tamper with history.
 */
export interface ChainFixture {
  app: MikroORM;
  owner: MikroORM;
  env: { AUDIT_KEY: string; DATA_DIR: string };
  append(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function chainFixture(entries: number): Promise<ChainFixture> {
  logger.level = 'error';
  const database = await createTestDatabase();
  const app = await migrateTestDatabase(database);
  const owner = await openTestOrm(database.ownerUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'opcat-test-chain-'));
  let written = 0;
  const fixture: ChainFixture = {
    app,
    owner,
    env: { AUDIT_KEY: TEST_AUDIT_KEY, DATA_DIR: dataDir },
    async append(count) {
      for (let i = 0; i < count; i += 1, written += 1) {
        await appendAudit(app.em.fork(), TEST_AUDIT_KEY, {
          action: 'record.exported',
          actor: null,
          details: { n: written },
        });
      }
    },
    async close() {
      await app.close(true);
      await owner.close(true);
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await fixture.append(entries);
  return fixture;
}

/**
 * What someone holding the owner's (or a superuser's) password can do: switch the append-only
 * triggers off for one transaction. They do not hold AUDIT_KEY.
 */
export async function bypassingTriggers(
  owner: MikroORM,
  work: (run: <T = unknown>(sql: string, params?: unknown[]) => Promise<T[]>, tx: EntityManager) => Promise<void>,
): Promise<void> {
  await owner.em.fork().transactional(async (tx) => {
    const run = <T>(sql: string, params: unknown[] = []) =>
      tx.getConnection().execute<T[]>(sql, params, 'all', tx.getTransactionContext());
    await run('alter table audit_event disable trigger user');
    await work(run, tx);
    await run('alter table audit_event enable trigger user');
  });
}

export async function headSeq(orm: MikroORM): Promise<string> {
  const [row] = await orm.em
    .fork()
    .getConnection()
    .execute<{ seq: string }[]>('select coalesce(max(seq), 0)::text as seq from audit_event');
  return row?.seq ?? '0';
}
