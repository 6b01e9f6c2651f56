import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Membership, Organisation, User } from '../../db/entities/identity.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import { seedDemoWorld } from '../../db/seed.ts';
import { createJobQueue } from '../../jobs/queue.ts';
import type { OperationContext } from '../../operation/context.ts';
import { createTestDatabase, migrateTestDatabase } from '../../test/server.ts';
import type { TestDatabase } from '../../test/server.ts';
import { startServerProcess } from '../../test/server-process.ts';
import type { ServerProcess } from '../../test/server-process.ts';
import { scheduleResponseDeadlines } from './deadlines.ts';

/** 250 overdue recommendations × 2 members of the addressee = 500 deadline notifications due at once. */
const RECOMMENDATIONS = 250;
const RECIPIENTS = 2;
const DUE = RECOMMENDATIONS * RECIPIENTS;

let database: TestDatabase;
let dataDir: string;
let orm: MikroORM;
const running: ServerProcess[] = [];

async function counts(): Promise<{ rows: number; distinct: number; pending: number }> {
  const em = orm.em.fork() as EntityManager;
  const [row] = await em.getConnection().execute<{ rows: number; distinct: number; pending: number }[]>(
    `select (select count(*)::int from notification where event = 'RESPONSE_OVERDUE') as rows,
            (select count(distinct (event_key, user_id))::int from notification where event = 'RESPONSE_OVERDUE') as distinct,
            (select count(*)::int from graphile_worker.jobs where task_identifier = 'notify.deadline') as pending`,
  );
  return row ?? { rows: 0, distinct: 0, pending: 0 };
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'opcat-notify-kill-'));
  orm = await migrateTestDatabase(database);
  await seedDemoWorld(orm.em.fork());
  const em = orm.em.fork() as EntityManager;
  const ministry = await em.findOneOrFail(Organisation, {
    kind: 'STATE_AUTHORITY',
    countryCode: 'XV',
    name: { $like: '%Justicia%' },
  });
  const npm = await em.findOneOrFail(Organisation, { kind: 'NPM', countryCode: 'XV' });
  const ana = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
  const extra = em.create(User, {
    email: 'deadlines.minjus@test.opcat',
    displayName: 'Second reader',
    passwordHash: '-',
  });
  em.create(Membership, { user: extra, organisation: ministry, role: 'VIEWER' });
  for (let i = 0; i < RECOMMENDATIONS; i++) {
    em.create(Recommendation, {
      ownerOrganisation: npm,
      classification: 'ORGANISATION',
      countryCode: 'XV',
      createdBy: ana,
      reference: `KILL-${i}`,
      title: `Recomendación ${i}`,
      source: 'NPM_VISIT_REPORT',
      addressee: ministry,
      level: 'POLICY',
      priority: 'HIGH',
      issuedOn: '2026-01-05',
      responseDueOn: '2026-02-05',
    });
  }
  await em.flush();
  expect(await em.count(Membership, { organisation: ministry })).toBe(RECIPIENTS);
  // Only this test's reminders in the queue (the demo seed queued its own notifications).
  await em.getConnection().execute('delete from graphile_worker._private_jobs');
}, 120_000);

afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await orm?.close(true);
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('deadline notifications across kill -9', () => {
  it('500 due reminders: the server killed mid-way, two instances restarted, each delivered exactly once', async () => {
    // Batches of 25 reminders (50 rows) per transaction (decision 0034): the kill lands between commits.
    const env = { NOTIFY_STALE_LOCK_SECONDS: '2', NOTIFY_DEADLINE_BATCH: '25' };
    const first = await startServerProcess({ database, dataDir, env });
    running.push(first);

    // The real scheduling path, in one transaction: every reminder is due at once (the due date passed).
    const jobs = createJobQueue();
    const ctx = { services: { jobs } } as unknown as OperationContext;
    await orm.em.fork().transactional(async (tx) => {
      const recommendations = await tx.find(Recommendation, { reference: { $like: 'KILL-%' } });
      for (const rec of recommendations) await scheduleResponseDeadlines(ctx, tx as EntityManager, rec, false);
    });

    let before = await counts();
    const deadline = Date.now() + 60_000;
    while (before.rows < DUE / 5 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      before = await counts();
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await counts();
    const [locked] = await (orm.em.fork() as EntityManager)
      .getConnection()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'notify.deadline' and locked_at is not null`,
      );
    expect(atKill.rows).toBeGreaterThan(0);
    expect(atKill.rows).toBeLessThan(DUE);

    // Two instances share the queue after the restart.
    const [second, third] = await Promise.all([
      startServerProcess({ database, dataDir: `${dataDir}-2`, env }),
      startServerProcess({ database, dataDir: `${dataDir}-3`, env }),
    ]);
    running.push(second, third);
    let after = await counts();
    const end = Date.now() + 90_000;
    while ((after.pending > 0 || after.rows < DUE) && Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await counts();
    }
    second.child.kill('SIGTERM');
    third.child.kill('SIGTERM');
    await Promise.all([second.exited, third.exited]);
    rmSync(`${dataDir}-2`, { recursive: true, force: true });
    rmSync(`${dataDir}-3`, { recursive: true, force: true });

    console.log(
      `deadline notifications: ${DUE} due; ${atKill.rows} delivered when killed (SIGKILL), ${locked?.n ?? 0} jobs ` +
        `left locked by the killed process; after restart on two ` +
        `instances: ${after.rows} rows, ${after.distinct} distinct (event, recipient), ${after.pending} jobs left`,
    );
    expect(after).toEqual({ rows: DUE, distinct: DUE, pending: 0 });
    const em = orm.em.fork() as EntityManager;
    const perRecommendation = await em
      .getConnection()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from notification where event = 'RESPONSE_OVERDUE' group by subject_id`,
      );
    expect(perRecommendation).toHaveLength(RECOMMENDATIONS);
    expect(perRecommendation.every((r) => r.n === RECIPIENTS)).toBe(true);
  }, 240_000);
});
