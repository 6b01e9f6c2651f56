import { EventEmitter } from 'node:events';
import type { Job, WorkerEvents } from 'graphile-worker';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startJobRunner } from '../jobs/runner.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { TestServer } from './server.ts';

/** Job events to listen to before a runner starts (a runner may take a waiting job at once). */
export function jobEvents(): WorkerEvents {
  return new EventEmitter() as WorkerEvents;
}

/** Another runner on the test server's database, as a second instance would run one. */
export function startExtraRunner(
  server: TestServer,
  events = jobEvents(),
  options: { schedules?: boolean } = {},
): Promise<JobRunner> {
  return startJobRunner(server.services, {
    connectionString: server.env.DATABASE_URL as string,
    schedules: options.schedules ?? false,
    events,
  });
}

/** The keys of the jobs that `events` saw start, in order (a job that ran twice is there twice). */
export function recordStarts(events: WorkerEvents): (string | null)[] {
  const keys: (string | null)[] = [];
  events.on('job:start', ({ job }) => keys.push(job.key));
  return keys;
}

/**
 * Resolves once a job matching `match` succeeded on one of `sources` and its completion is written
 * (the job is gone from the queue); rejects if one failed for good or on timeout. Listen before
 * causing the job.
 */
export function jobSucceeded(
  sources: { events: WorkerEvents }[],
  match: (job: Job) => boolean,
  timeoutMs = 15_000,
): Promise<Job> {
  return new Promise((resolve, reject) => {
    const onComplete = ({ job, error }: { job: Job; error: unknown }) => {
      if (match(job) && !error) settle(() => resolve(job));
    };
    const onFailed = ({ job, error }: { job: Job; error: unknown }) => {
      if (match(job)) settle(() => reject(error instanceof Error ? error : new Error(String(error))));
    };
    const timer = setTimeout(() => settle(() => reject(new Error('job did not succeed in time'))), timeoutMs);
    function settle(outcome: () => void) {
      clearTimeout(timer);
      for (const { events } of sources) {
        events.off('job:complete', onComplete);
        events.off('job:failed', onFailed);
      }
      outcome();
    }
    for (const { events } of sources) {
      events.on('job:complete', onComplete);
      events.on('job:failed', onFailed);
    }
  });
}

/** How many jobs with this key are in the queue (pending, running or failed). */
export async function queuedWithKey(em: EntityManager, key: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      'select count(*)::int as n from graphile_worker.jobs where key = ?',
      [key],
      'all',
      em.getTransactionContext(),
    );
  return row?.n ?? 0;
}
