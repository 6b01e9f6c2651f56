import { TransactionContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperationContext } from '../operation/context.ts';
import type { JobQueue } from '../services.ts';
import { jobDefinition } from './registry.ts';
import type { JobName, JobPayload } from './registry.ts';

/** The schema graphile-worker installs and runs from (set explicitly: its default reads an env variable). */
export const JOB_SCHEMA = 'graphile_worker';

export interface EnqueueOptions {
  /**
   * At most one pending job per key: enqueueing again replaces the pending one (payload and run
   * time). A job already running keeps running, and the new one is queued to run after it.
   */
  jobKey?: string;
  /** Not before this time (default: now). */
  runAt?: Date;
}

/**
 * The transaction the caller is in: the EntityManager given when it is a transaction's, else the
 * one `em.transactional` opened around this call (an operation's `ctx.em` is the fork the
 * transaction was opened from, not the transaction itself).
 */
function transactionOf(em: EntityManager): EntityManager {
  if (em.isInTransaction()) return em;
  return (TransactionContext.getEntityManager(em.name) as EntityManager | undefined) ?? em;
}

/**
 * Adds a job through the caller's connection, so that inside a transaction it commits, or rolls
 * back, with the write that caused it; outside one it commits at once. Workers hear of it through
 * NOTIFY, which PostgreSQL delivers on commit.
 */
export async function enqueue<N extends JobName>(
  target: OperationContext | EntityManager,
  name: N,
  payload: JobPayload<N>,
  options: EnqueueOptions = {},
): Promise<void> {
  const definition = jobDefinition(name);
  const parsed: unknown = definition.payload.parse(payload);
  const em = transactionOf('transport' in target ? target.em : target);
  await em
    .getConnection()
    .execute(
      `select from ${JOB_SCHEMA}.add_job(identifier => ?, payload => ?::json, run_at => ?::timestamptz, max_attempts => ?, job_key => ?)`,
      [name, JSON.stringify(parsed), options.runAt ?? null, definition.maxAttempts, options.jobKey ?? null],
      'run',
      em.getTransactionContext(),
    );
}

/** Removes the pending job with this key, in the caller's transaction (a running one finishes). */
export async function removeJob(target: OperationContext | EntityManager, jobKey: string): Promise<void> {
  const em = transactionOf('transport' in target ? target.em : target);
  await em.getConnection().execute(`select ${JOB_SCHEMA}.remove_job(?)`, [jobKey], 'run', em.getTransactionContext());
}

export function createJobQueue(): JobQueue {
  return { enqueue, remove: removeJob };
}
