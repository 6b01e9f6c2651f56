import { TransactionContext } from '@mikro-orm/core';
import type { EventSubscriber, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { logger } from '../../logger.ts';
import { buildOperationContext } from '../../operation/build.ts';
import type { Services } from '../../services.ts';
import { rootOf } from '../records/live-changes.ts';
import { deliverJobKey, storeNotifications } from './deliver.ts';
import type { notifyPayload } from './deliver.ts';

type Payload = z.output<typeof notifyPayload>;

/** What waits for a root transaction's commit: the deliveries it emitted, per instance that emitted them. */
type Waiting = Map<ImmediateDelivery, Payload[]>;

/** One per ORM, however many services share it (tests run two instances over one ORM). */
class CommitWatcher implements EventSubscriber {
  readonly waiting = new WeakMap<object, Waiting>();

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (!transaction) return;
    const waiting = this.waiting.get(transaction as object);
    if (!waiting) return;
    this.waiting.delete(transaction as object);
    for (const [delivery, payloads] of waiting) delivery.start(payloads);
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction) this.waiting.delete(transaction as object);
  }
}

const watchers = new WeakMap<MikroORM, CommitWatcher>();

function watcherOf(orm: MikroORM): CommitWatcher {
  let watcher = watchers.get(orm);
  if (!watcher) {
    watcher = new CommitWatcher();
    watchers.set(orm, watcher);
    orm.em.getEventManager().registerSubscriber(watcher);
  }
  return watcher;
}

/**
 * Delivers a command's notifications in this process as soon as its transaction commits (decision 0042),
 * instead of waiting for the job runner to pick up their `notify.deliver` job: the delivery stores the
 * rows (`on conflict do nothing`), removes the job in the same transaction, and announces them. The job,
 * added in the command's transaction with a delay, is the durable fallback: if this process dies between
 * the two commits, or the delivery fails, the job runs and delivers what is missing — exactly once per
 * (event key, recipient) either way, since both paths insert through the same unique key.
 */
export class ImmediateDelivery {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly services: Services) {
    // Registered before any transaction starts: a transaction broadcasts to the subscribers it started with.
    watcherOf(services.orm);
  }

  /** Delivers `payload` once the root transaction of `tx` commits; nothing if it rolls back. */
  afterCommit(tx: EntityManager, payload: Payload): void {
    // The transaction the job was enqueued in (as `jobs/queue.ts` finds it): the one of `tx`, else the one
    // `em.transactional` opened around this call.
    const em = tx.isInTransaction()
      ? tx
      : ((TransactionContext.getEntityManager(tx.name) as EntityManager | undefined) ?? tx);
    const trx = em.getTransactionContext<object>();
    if (!trx) {
      this.start([payload]);
      return;
    }
    const watcher = watcherOf(this.services.orm);
    const root = rootOf(trx);
    let waiting = watcher.waiting.get(root);
    if (!waiting) watcher.waiting.set(root, (waiting = new Map()));
    waiting.set(this, [...(waiting.get(this) ?? []), payload]);
  }

  /** Starts a delivery without holding up the command that committed (its response is not delayed). */
  start(payloads: Payload[]): void {
    const running: Promise<void> = this.deliver(payloads)
      .catch((error: unknown) => {
        // The job delivers them after NOTIFY_FALLBACK_DELAY_SECONDS.
        logger.warn({ err: error }, 'in-process notification delivery failed; the job will deliver');
      })
      .finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }

  /** One transaction for the events of one commit: rows stored, their fallback jobs removed; then announced. */
  async deliver(payloads: Payload[]): Promise<void> {
    const ctx = await buildOperationContext(this.services, { transport: 'job', actor: null });
    const { announce } = await ctx.em.transactional(async (raw) => {
      const tx = raw as EntityManager;
      const stored = await storeNotifications(ctx, tx, payloads);
      for (const payload of payloads) await this.services.jobs.remove(tx, deliverJobKey(payload.eventKey));
      return stored;
    });
    await announce();
  }

  /** Resolves when no delivery started by this instance is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
