import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session, User } from '../db/entities/identity.ts';
import { startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { jobEvents, jobSucceeded, startExtraRunner } from '../test/jobs.ts';
import { jobDefinitions } from './registry.ts';
import { cronItems, schedules } from './schedules.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

const DAY = 24 * 60 * 60 * 1000;

describe('periodic jobs', () => {
  it('every schedule names a registered job and parses as a crontab entry', () => {
    const names = jobDefinitions.map((definition) => definition.name as string);
    for (const schedule of schedules) expect(names).toContain(schedule.job);
    expect(cronItems().map((item) => item.identifier)).toEqual(schedules.map((schedule) => schedule.job));
  });

  it('a runner registers every schedule with the queue’s cron when it starts', async () => {
    const events = jobEvents();
    const started = new Promise<void>((resolve) => events.once('cron:started', () => resolve()));
    const runner = await startExtraRunner(server, events, { schedules: true });
    try {
      await started;
      // graphile-worker's own table: the schedules it knows (and when each last ran) across instances.
      const rows = await server.orm.em
        .fork()
        .getConnection()
        .execute<{ identifier: string }[]>(
          'select identifier from graphile_worker._private_known_crontabs order by identifier',
        );
      expect(rows.map((row) => row.identifier)).toEqual(schedules.map((schedule) => schedule.job).sort());
    } finally {
      await runner.stop();
    }
  });

  it('sessions.purgeExpired deletes sessions that ended more than 30 days ago and keeps the others', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const user = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    const now = Date.now();
    const session = (name: string, createdDaysAgo: number, expiresDaysAgo: number, revokedDaysAgo?: number) =>
      em.create(Session, {
        tokenHash: name.padEnd(64, '0'),
        user,
        createdAt: new Date(now - createdDaysAgo * DAY),
        lastSeenAt: new Date(now - createdDaysAgo * DAY),
        expiresAt: new Date(now - expiresDaysAgo * DAY),
        revokedAt: revokedDaysAgo === undefined ? null : new Date(now - revokedDaysAgo * DAY),
      });
    const sessions = {
      expiredLongAgo: session('a', 40, 31),
      revokedLongAgo: session('b', 40, -1000, 35),
      expiredRecently: session('c', 35, 29),
      revokedRecently: session('d', 40, -1000, 10),
      live: session('e', 1, -1),
    };
    await em.flush();
    // Enqueued as the cron enqueues it.
    const purged = jobSucceeded([server.jobs], (job) => job.key === 'purge-now');
    await server.services.jobs.enqueue(em, 'sessions.purgeExpired', {}, { jobKey: 'purge-now' });
    await purged;
    const left = await server.orm.em
      .fork()
      .find(Session, { id: { $in: Object.values(sessions).map((s) => s.id) } }, { fields: ['id'] });
    const leftIds = left.map((s) => s.id).sort();
    expect(leftIds).toEqual([sessions.expiredRecently.id, sessions.revokedRecently.id, sessions.live.id].sort());
  });
});
