import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, User, WorkingGroup } from '../db/entities/identity.ts';
import { Workplan } from '../db/entities/workplan.ts';
import { buildOperationContext, observeOperationContexts } from '../operation/build.ts';
import type { Transport } from '../operation/context.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer } from '../test/server.ts';
import { collabClient } from '../test/collab-client.ts';
import { jobEvents, jobSucceeded, queuedWithKey, recordStarts, startExtraRunner } from '../test/jobs.ts';
import type { JobRunner } from './runner.ts';

let server: TestServer;
/** Runners the tests started besides the server's own. */
const extraRunners: JobRunner[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const runner of extraRunners) await runner.stop();
  await server?.close();
});

const fork = () => server.orm.em.fork() as EntityManager;

/** A cheap real job: compacting a document that has no log does nothing. */
function enqueueProbe(em: EntityManager, key: string) {
  return server.services.jobs.enqueue(em, 'collab.compact', { documentName: `workplan:probe-${key}` }, { jobKey: key });
}

describe('enqueue joins the caller’s transaction', () => {
  it('a job enqueued through a transaction that rolls back is never queued, so never runs', async () => {
    const started = recordStarts(server.jobs.events);
    await expect(
      fork().transactional(async (tx) => {
        await enqueueProbe(tx, 'rolled-back');
        expect(await queuedWithKey(tx, 'rolled-back')).toBe(1);
        throw new Error('the write fails');
      }),
    ).rejects.toThrow('the write fails');
    expect(await queuedWithKey(fork(), 'rolled-back')).toBe(0);
    // A job committed afterwards runs, and nothing ran for the rolled-back one.
    const later = jobSucceeded([server.jobs], (job) => job.key === 'after-rollback');
    await enqueueProbe(fork(), 'after-rollback');
    await later;
    expect(started).not.toContain('rolled-back');
  });

  it('enqueue(ctx) inside ctx.em.transactional joins that transaction and rolls back with it', async () => {
    const ctx = await buildOperationContext(server.services, { transport: 'job', actor: null });
    await expect(
      ctx.em.transactional(async () => {
        await server.services.jobs.enqueue(ctx, 'sessions.purgeExpired', {}, { jobKey: 'ctx-rolled-back' });
        throw new Error('the write fails');
      }),
    ).rejects.toThrow('the write fails');
    expect(await queuedWithKey(fork(), 'ctx-rolled-back')).toBe(0);
  });

  it('a job enqueued in a transaction that commits runs exactly once, with two runners taking jobs', async () => {
    const secondEvents = jobEvents();
    const starts = [...[server.jobs.events, secondEvents].map(recordStarts)];
    const second = await startExtraRunner(server, secondEvents);
    const keys = Array.from({ length: 20 }, (_, i) => `exactly-once-${i}`);
    const pending = new Set(keys);
    const done = new Promise<void>((resolve) => {
      for (const { events } of [server.jobs, second]) {
        events.on('job:complete', ({ job, error }) => {
          if (!error && job.key) pending.delete(job.key);
          if (pending.size === 0) resolve();
        });
      }
    });
    try {
      await fork().transactional(async (tx) => {
        for (const key of keys) await enqueueProbe(tx, key);
      });
      await done;
    } finally {
      await second.stop();
    }
    const ran = starts.flat().filter((key) => key?.startsWith('exactly-once-'));
    expect(ran.sort()).toEqual([...keys].sort());
    for (const key of keys) expect(await queuedWithKey(fork(), key)).toBe(0);
  });
});

describe('job contexts', () => {
  it('a job and a /collab hook build their operation context through the same buildOperationContext', async () => {
    const em = fork();
    const ana = await em.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
    const plan = em.create(Workplan, {
      ownerOrganisation: await em.findOneOrFail(Organisation, {
        name: { $like: 'Mecanismo Nacional de Prevención de la Tortura%' },
      }),
      workingGroup: await em.findOneOrFail(WorkingGroup, { kind: 'NATIONAL_WORKING_GROUP' }),
      classification: 'WORKING_GROUP',
      countryCode: 'XV',
      title: 'Plan de contexto',
      periodStart: '2026-01-01',
      createdBy: ana,
    });
    await em.flush();
    const built: Transport[] = [];
    const stopObserving = observeOperationContexts((ctx) => built.push(ctx.transport));
    try {
      const client = collabClient(
        server.url,
        (await signedIn(server, 'ana.mnp@demo.opcat')).cookie,
        `workplan:${plan.id}`,
      );
      try {
        await client.synced;
      } finally {
        client.destroy();
      }
      const ran = jobSucceeded([server.jobs], (job) => job.key === 'context-probe');
      await enqueueProbe(fork(), 'context-probe');
      await ran;
    } finally {
      stopObserving();
    }
    expect(built).toContain('collab');
    expect(built).toContain('job');
  });
});

describe('runner restarts', () => {
  it('a job queued while no runner runs is run once by the next runner to start', async () => {
    await server.jobs.stop();
    for (const runner of extraRunners.splice(0)) await runner.stop();
    await enqueueProbe(fork(), 'survivor');
    expect(await queuedWithKey(fork(), 'survivor')).toBe(1);
    const events = jobEvents();
    const starts = recordStarts(events);
    const ran = jobSucceeded([{ events }], (job) => job.key === 'survivor');
    extraRunners.push(await startExtraRunner(server, events));
    await ran;
    expect(starts.filter((key) => key === 'survivor')).toHaveLength(1);
    expect(await queuedWithKey(fork(), 'survivor')).toBe(0);
  });

  it('stopping a runner waits for the job it is running to finish', async () => {
    // The compaction waits for this document's lock (as it waits for appends in flight): held here,
    // the job cannot finish until the test lets it.
    for (const runner of extraRunners.splice(0)) await runner.stop();
    const holder = new pg.Client({ connectionString: server.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock(hashtext($1))', ['workplan:probe-graceful']);
      const events = jobEvents();
      const runner = await startExtraRunner(server, events);
      const running = new Promise<void>((resolve) => events.once('job:start', () => resolve()));
      const succeeded = jobSucceeded([{ events }], (job) => job.key === 'graceful');
      await enqueueProbe(fork(), 'graceful');
      await running;
      let stopped = false;
      const stopping = runner.stop().then(() => (stopped = true));
      expect(await queuedWithKey(fork(), 'graceful')).toBe(1);
      expect(stopped).toBe(false);
      await holder.query('select pg_advisory_unlock(hashtext($1))', ['workplan:probe-graceful']);
      await stopping;
      await succeeded;
      expect(await queuedWithKey(fork(), 'graceful')).toBe(0);
    } finally {
      await holder.end();
    }
  });
});
