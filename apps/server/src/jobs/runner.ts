import pg from 'pg';
import { Logger, run, runMigrations } from 'graphile-worker';
import type { Runner, TaskList, WorkerEvents } from 'graphile-worker';
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildOperationContext } from '../operation/build.ts';
import type { Services } from '../services.ts';
import { logger } from '../logger.ts';
import type { JobDefinition } from './define.ts';
import { jobDefinitions } from './registry.ts';
import { cronItems, schedules } from './schedules.ts';
import { releaseStaleNotificationLocks } from '../modules/notification/stale-locks.ts';
import { JOB_SCHEMA } from './queue.ts';

/** An arbitrary constant: serialises the queue schema's installation across instances starting together. */
const MIGRATION_LOCK = 0x0b_1005;

const workerLogger = new Logger(() => (level, message, meta) => {
  const name = String(level);
  // A job's own info lines ("Completed task …", with its payload) at debug: one per job would bury the
  // operator's log (30 at the demo's first start, and every periodic task for ever); failures are warnings.
  const perJob = name === 'info' && meta != null && 'job' in meta;
  const method = name === 'warning' ? 'warn' : name === 'error' || (name === 'info' && !perJob) ? name : 'debug';
  logger[method]({ ...meta, component: 'jobs' }, message);
});

/**
 * Installs or upgrades graphile-worker's own schema. Run at start by whoever runs our migrations,
 * with the same connection (the database owner's where roles are split). graphile-worker detects a
 * concurrent migration only after the schema exists, so its first installation is serialised here.
 */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  const lock = new pg.Client({ connectionString });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await runMigrations({ connectionString, schema: JOB_SCHEMA, logger: workerLogger, maxPoolSize: 1 });
  } finally {
    await lock.end(); // the session lock ends with the connection
  }
}

export interface JobRunner {
  /** graphile-worker's events (job:start, job:success, job:error, …): for logs and tests. */
  events: WorkerEvents;
  /** Takes no new job and waits for the running ones to finish. Safe to call twice. */
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  connectionString: string;
  /** Jobs run at once by this runner (on 2 cores, background work should leave room for requests). */
  concurrency?: number;
  /** Whether this runner's cron enqueues the periodic jobs (a test runner may not want them). */
  schedules?: boolean;
  /** Where graphile-worker emits its events (listen before the runner takes its first job). */
  events?: WorkerEvents;
}

/**
 * Starts taking jobs. Each job gets an operation context from `buildOperationContext` — the one
 * every request and /collab hook gets — with transport 'job', no actor and a fresh EntityManager.
 * Several runners, in one process or many, share the queue: PostgreSQL locks each job for one of them.
 */
export async function startJobRunner(services: Services, options: JobRunnerOptions): Promise<JobRunner> {
  const concurrency = options.concurrency ?? 2;
  const taskList: TaskList = {};
  const definitions: readonly JobDefinition[] = jobDefinitions;
  for (const definition of definitions) {
    taskList[definition.name] = async (raw) => {
      const payload: unknown = definition.payload.parse(raw);
      const ctx = await buildOperationContext(services, {
        transport: 'job',
        actor: null,
        em: services.orm.em.fork() as EntityManager,
      });
      await definition.handler(ctx, payload);
    };
  }
  const runner: Runner = await run(
    {
      connectionString: options.connectionString,
      schema: JOB_SCHEMA,
      // One connection listens for new jobs, one per job in flight, one for the cron.
      maxPoolSize: concurrency + 2,
      concurrency,
      pollInterval: 2000,
      noHandleSignals: true,
      logger: workerLogger,
      ...(options.events ? { events: options.events } : {}),
      taskList,
    },
    undefined,
    cronItems(options.schedules === false ? [] : schedules),
  );
  // What an instance killed before this start left locked is released now, not after graphile-worker's 4 hours.
  if (options.schedules !== false) {
    const em = services.orm.em.fork() as EntityManager;
    await releaseStaleNotificationLocks(em, services.env.NOTIFY_STALE_LOCK_SECONDS).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not release stale notification jobs'),
    );
  }
  // Rejects when the runner gives up (e.g. the database went away); it has stopped itself by then.
  runner.promise.catch((error: unknown) => logger.error({ err: error }, 'job runner stopped'));
  let stopping: Promise<void> | undefined;
  return {
    events: runner.events,
    stop: () => (stopping ??= runner.stop()),
  };
}
